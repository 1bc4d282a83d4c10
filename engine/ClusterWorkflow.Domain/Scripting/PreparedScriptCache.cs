using System.Collections.Concurrent;
using Acornima.Ast;
using Jint;

namespace ClusterWorkflow.Domain.Scripting;

/// <summary>
/// Parsed scripts keyed by their text. A prepared script is immutable and safe to share between
/// engines and threads, so each formula is parsed once per process, not once per evaluation.
/// </summary>
internal sealed class PreparedScriptCache(int capacity)
{
    // A function body is wrapped on its first line, so the wrapper shifts columns on line 1 only.
    public const string BodyPrefix = "(function () {";
    private const string BodySuffix = "\n})()";

    private readonly ConcurrentDictionary<(string Code, bool IsBody), Entry> _entries = new();

    public sealed record Entry(Prepared<Script>? Script, ScriptError? SyntaxError);

    /// <summary>The source name every prepared script carries; the prelude carries another.</summary>
    public const string ScriptSourceName = "script";

    public static int ColumnShift(bool isFunctionBody) => isFunctionBody ? BodyPrefix.Length : 0;

    public Entry Get(string code, bool isFunctionBody)
    {
        if (_entries.TryGetValue((code, isFunctionBody), out var cached))
        {
            return cached;
        }
        if (_entries.Count >= capacity)
        {
            _entries.Clear();
        }
        var entry = Prepare(code, isFunctionBody, collectGlobals: false).Entry;
        _entries.TryAdd((code, isFunctionBody), entry);
        return entry;
    }

    /// <summary>Parses without caching; with <paramref name="collectGlobals"/> also lists the names the script does not declare.</summary>
    public static (Entry Entry, IReadOnlyList<string> ReferencedGlobals) Prepare(string code, bool isFunctionBody, bool collectGlobals)
    {
        var text = isFunctionBody ? BodyPrefix + code + BodySuffix : code;
        try
        {
            var prepared = Engine.PrepareScript(text, ScriptSourceName, options: new ScriptPreparationOptions { CollectReferencedGlobals = collectGlobals });
            var globals = prepared.ReferencedGlobals?.ToList() ?? [];
            return (new Entry(prepared, null), globals);
        }
        catch (Exception exception) when (exception is ScriptPreparationException or Acornima.ParseErrorException)
        {
            // The source id is filled in by the caller; the same text may serve many fields.
            return (new Entry(null, ScriptErrorMapper.FromPreparation("", exception, ColumnShift(isFunctionBody))), []);
        }
    }
}
