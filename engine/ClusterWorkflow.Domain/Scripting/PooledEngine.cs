using Jint;
using Jint.Constraints;

namespace ClusterWorkflow.Domain.Scripting;

/// <summary>
/// One Jint engine with the prelude loaded and the built-ins frozen, plus the snapshot of its clean
/// globals. Used by one thread at a time: the sandbox rents it, evaluates, restores, returns it.
/// </summary>
internal sealed class PooledEngine
{
    private const string PreludeSourceId = "prelude";

    // Freezing the intrinsics closes what a global snapshot cannot undo (Object.prototype.x = 1,
    // Math.max = ...), so one evaluation can never change what the next one sees.
    private const string HardeningScript = """
        (function () {
          var names = Object.getOwnPropertyNames(globalThis);
          for (var i = 0; i < names.length; i++) {
            var value = globalThis[names[i]];
            if (value !== null && value !== globalThis && (typeof value === 'object' || typeof value === 'function')) {
              Object.freeze(value);
              if (typeof value === 'function' && value.prototype) { Object.freeze(value.prototype); }
            }
          }
        })();
        """;

    private readonly GlobalSnapshot _clean;

    public PooledEngine(ScriptOptions options, string? preludeJavaScript)
    {
        Limits = EngineLimits.Of(options);
        Engine = new Engine(o =>
        {
            o.Strict = false;
            o.Constraints.StackOverflowGuard = true;
            o.LimitRecursion(options.MaxRecursionDepth);
            o.MaxStatements(options.MaxStatements);
            o.LimitMemory(options.MemoryLimitBytes);
            o.Constraint(() => new OperationDeadlineConstraint());
            o.Constraint(() => new CpuTimeLimitConstraint(ThreadCpuClock.Now));
        });
        Deadline = Engine.Constraints.Find<OperationDeadlineConstraint>()
            ?? throw new InvalidOperationException("The operation deadline constraint was not registered.");
        CpuTime = Engine.Constraints.Find<CpuTimeLimitConstraint>()
            ?? throw new InvalidOperationException("The processor time constraint was not registered.");

        if (!string.IsNullOrWhiteSpace(preludeJavaScript))
        {
            Engine.Execute(preludeJavaScript, PreludeSourceId);
        }
        Engine.Execute(HardeningScript, "hardening");
        _clean = Engine.Advanced.CaptureGlobalSnapshot();
    }

    public Engine Engine { get; }

    /// <summary>The limits built into the engine; the sandbox drops an engine whose limits an administrator changed since.</summary>
    public EngineLimits Limits { get; }

    /// <summary>Wall-clock backstop and cancellation: <see cref="ScriptOptions.WallClockLimit"/>.</summary>
    public OperationDeadlineConstraint Deadline { get; }

    /// <summary>The time limit proper: processor time of the evaluating thread.</summary>
    public CpuTimeLimitConstraint CpuTime { get; }

    /// <summary>Undoes everything the last evaluation left in the global scope.</summary>
    public void Restore()
    {
        Engine.Advanced.RestoreGlobalSnapshot(_clean);
        Engine.Advanced.ResetCallStack();
    }

    /// <summary>Names of every global a script may use without declaring it (built-ins and prelude).</summary>
    public IReadOnlySet<string> GlobalNames()
    {
        var names = Engine.Evaluate("Object.getOwnPropertyNames(globalThis)").AsArray();
        var result = new HashSet<string>(StringComparer.Ordinal) { "globalThis", "undefined", "NaN", "Infinity" };
        for (uint i = 0; i < names.Length; i++)
        {
            result.Add(names.Get(i).AsString());
        }
        return result;
    }
}
