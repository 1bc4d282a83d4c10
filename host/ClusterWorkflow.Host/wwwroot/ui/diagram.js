// Draws Mermaid diagrams in the page with the vendored bundle (ui/vendor/mermaid), loaded on first
// use so pages without a diagram never fetch it. Renders one at a time, because mermaid keeps
// document-wide state while it lays out a graph and typing sends a new diagram per keystroke.
window.cwDiagram = (() => {
    let loading = null;
    let queue = Promise.resolve();
    let counter = 0;

    function load() {
        if (window.mermaid) return Promise.resolve(window.mermaid);
        if (!loading) {
            loading = new Promise((resolve, reject) => {
                const script = document.createElement('script');
                script.src = 'ui/vendor/mermaid/mermaid.min.js';
                script.onload = () => {
                    window.mermaid.initialize({
                        startOnLoad: false,
                        securityLevel: 'strict',
                        suppressErrorRendering: true,
                        theme: 'neutral',
                        fontFamily: '"Noto Sans", "Noto Sans Devanagari", "DejaVu Sans", sans-serif',
                    });
                    resolve(window.mermaid);
                };
                script.onerror = () => {
                    loading = null;
                    reject(new Error('ui/vendor/mermaid/mermaid.min.js could not be loaded'));
                };
                document.head.appendChild(script);
            });
        }
        return loading;
    }

    async function draw(element, text) {
        const mermaid = await load();
        const { svg } = await mermaid.render('cw-diagram-' + (++counter), text);
        if (element && element.isConnected) {
            element.innerHTML = svg;
            element.dataset.drawn = 'true';
        }
    }

    // Answers null when drawn, else the reason, so the page can show the text instead.
    function render(element, text) {
        const done = queue.then(() => draw(element, text)).then(() => null, e => String((e && e.message) || e));
        queue = done;
        return done;
    }

    return { render };
})();
