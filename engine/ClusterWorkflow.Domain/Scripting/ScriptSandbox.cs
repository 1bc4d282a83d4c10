using System.Collections.Concurrent;
using Jint.Native;

namespace ClusterWorkflow.Domain.Scripting;

/// <summary>
/// Runs untrusted JavaScript (form expressions, KPI formulas, workflow guards) under time,
/// statement, memory and recursion limits, with no access to .NET. Thread-safe: engines are pooled
/// and each is used by one thread at a time; prepared scripts are cached per text. Variables are
/// copied in, results copied out, and the globals are restored after every evaluation, so nothing
/// one evaluation does is visible to the next. Never throws for a script's mistakes.
/// </summary>
public sealed class ScriptSandbox
{
    private readonly ScriptOptions _options;
    private readonly string? _prelude;
    private readonly PreparedScriptCache _cache;
    private readonly ConcurrentBag<PooledEngine> _pool = [];
    private readonly int _maxPooled = Math.Max(2, Environment.ProcessorCount * 2);
    private readonly Lazy<IReadOnlySet<string>> _globalNames;

    /// <param name="options">Limits; see <see cref="ScriptOptions"/> for the defaults.</param>
    /// <param name="preludeJavaScript">Library functions (e.g. <c>sum</c>, <c>count</c>) defined once per engine.</param>
    public ScriptSandbox(ScriptOptions options, string? preludeJavaScript = null)
    {
        _options = options;
        _prelude = preludeJavaScript;
        _cache = new PreparedScriptCache(options.MaxCachedScripts);
        // Building the first engine runs the prelude, so a broken prelude fails here, loudly, at start-up.
        var first = new PooledEngine(options, preludeJavaScript);
        _globalNames = new Lazy<IReadOnlySet<string>>(() =>
        {
            var engine = Rent();
            try
            {
                return engine.GlobalNames();
            }
            finally
            {
                engine.Restore();
                Return(engine);
            }
        });
        _pool.Add(first);
    }

    public ScriptOptions Options => _options;

    /// <summary>Globals every script can use without declaring them: JavaScript's built-ins and the prelude's functions.</summary>
    public IReadOnlySet<string> GlobalNames => _globalNames.Value;

    /// <summary>Evaluates an expression (or statements) and answers with the value of the last one.</summary>
    public ScriptResult Evaluate(string sourceId, string expression, IReadOnlyDictionary<string, object?> variables, CancellationToken cancellationToken = default) =>
        Run(sourceId, expression, isFunctionBody: false, variables, cancellationToken);

    /// <summary>Evaluates the body of a function; its <c>return</c> gives the value (undefined becomes null).</summary>
    public ScriptResult EvaluateFunctionBody(string sourceId, string body, IReadOnlyDictionary<string, object?> variables, CancellationToken cancellationToken = default) =>
        Run(sourceId, body, isFunctionBody: true, variables, cancellationToken);

    /// <summary>Checks the syntax only; null when the script parses.</summary>
    public ScriptError? Check(string sourceId, string code, bool isFunctionBody = false)
    {
        var entry = _cache.Get(code, isFunctionBody);
        return entry.SyntaxError is null ? null : entry.SyntaxError with { SourceId = sourceId };
    }

    /// <summary>
    /// Checks the syntax and lists the names the script uses that are neither declared in it nor
    /// globals of the sandbox: for a form, those must be field names.
    /// </summary>
    public ScriptAnalysis Analyze(string sourceId, string code, bool isFunctionBody = false)
    {
        var (entry, referenced) = PreparedScriptCache.Prepare(code, isFunctionBody, collectGlobals: true);
        if (entry.SyntaxError is not null)
        {
            return new ScriptAnalysis(entry.SyntaxError with { SourceId = sourceId }, []);
        }
        var known = GlobalNames;
        return new ScriptAnalysis(null, referenced.Where(name => !known.Contains(name)).ToList());
    }

    private ScriptResult Run(string sourceId, string code, bool isFunctionBody, IReadOnlyDictionary<string, object?> variables, CancellationToken cancellationToken)
    {
        var entry = _cache.Get(code, isFunctionBody);
        if (entry.SyntaxError is not null)
        {
            return ScriptResult.Failure(entry.SyntaxError with { SourceId = sourceId });
        }
        if (cancellationToken.IsCancellationRequested)
        {
            return ScriptResult.Failure(new ScriptError(sourceId, ScriptErrorKind.Cancelled, "The evaluation was cancelled because the request ended.", null, null));
        }

        var pooled = Rent();
        var reusable = true;
        try
        {
            pooled.Deadline.Begin(_options.EffectiveWallClockLimit, cancellationToken);
            pooled.CpuTime.Begin(_options.TimeLimit);
            foreach (var (name, value) in variables)
            {
                pooled.Engine.SetValue(name, JsValueConverter.ToJs(pooled.Engine, value, _options.MaxValueDepth, name));
            }
            var script = entry.Script!.Value;
            JsValue result = pooled.Engine.Evaluate(in script);
            return ScriptResult.Success(JsValueConverter.FromJs(result, _options.MaxValueDepth));
        }
        catch (Exception exception)
        {
            var (error, engineReusable) = ScriptErrorMapper.FromEvaluation(
                sourceId, exception, _options, cancellationToken, PreparedScriptCache.ColumnShift(isFunctionBody));
            reusable = engineReusable;
            return ScriptResult.Failure(error);
        }
        finally
        {
            pooled.Deadline.End();
            pooled.CpuTime.End();
            reusable = reusable && TryRestore(pooled);
            if (reusable)
            {
                Return(pooled);
            }
        }
    }

    private static bool TryRestore(PooledEngine pooled)
    {
        try
        {
            pooled.Restore();
            return true;
        }
        catch (Exception)
        {
            // An engine that cannot be put back in order is dropped; the next rent builds a fresh one.
            return false;
        }
    }

    // Statement, memory and recursion limits are fixed when an engine is built; when an administrator
    // changed them since, the pooled engine is dropped so the next evaluation runs under the new ones.
    private PooledEngine Rent()
    {
        var current = EngineLimits.Of(_options);
        while (_pool.TryTake(out var engine))
        {
            if (engine.Limits == current)
            {
                return engine;
            }
        }
        return new PooledEngine(_options, _prelude);
    }

    private void Return(PooledEngine engine)
    {
        if (_pool.Count < _maxPooled)
        {
            _pool.Add(engine);
        }
    }
}
