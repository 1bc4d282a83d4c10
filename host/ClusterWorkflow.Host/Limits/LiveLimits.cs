using ClusterWorkflow.Abstractions.Settings;
using ClusterWorkflow.Domain.Forms;
using ClusterWorkflow.Domain.Kpis;
using ClusterWorkflow.Domain.Reporting;
using ClusterWorkflow.Domain.Scripting;

namespace ClusterWorkflow.Host.Limits;

/// <summary>
/// The limits this process enforces now. The domain's option objects are the ones its validator,
/// KPI evaluator, workflow guards and report renderer read on every evaluation, so changing them here
/// applies to the next evaluation (the script sandboxes rebuild engines whose built-in limits changed).
/// The values the host started with (its configuration, else the documented defaults) are the defaults.
/// </summary>
public sealed class LiveLimits
{
    /// <summary>Default largest JSON (non-multipart) request body: 8 MB, many times a 2,000-row roster as JSON.</summary>
    public const long DefaultMaxBodyBytes = 8L * 1024 * 1024;

    /// <summary>Default largest multipart upload: 32 MB, above the roster (10 MB) and KPI pack (5 MB) limits.</summary>
    public const long DefaultMaxUploadBytes = 32L * 1024 * 1024;

    private readonly FormsOptions forms;
    private readonly KpiOptions kpis;
    private readonly ScriptOptions guards;
    private readonly ReportOptions reports;
    private readonly object gate = new();

    public LiveLimits(FormsOptions forms, KpiOptions kpis, ScriptOptions guards, ReportOptions reports)
    {
        this.forms = forms;
        this.kpis = kpis;
        this.guards = guards;
        this.reports = reports;
        Defaults = new LimitSettings(
            new RequestLimitSettings(DefaultMaxBodyBytes, DefaultMaxUploadBytes),
            new RosterLimitSettings(forms.UploadMaxBytes, forms.UploadMaxRows),
            new ScriptLimitSettings((int)forms.Script.TimeLimit.TotalMilliseconds, forms.Script.MaxStatements, forms.Script.MemoryLimitBytes, forms.Script.MaxRecursionDepth),
            new TemplateLimitSettings(reports.LoopLimit, reports.RecursionLimit, (int)reports.Timeout.TotalSeconds));
        Current = Defaults;
    }

    public LimitSettings Defaults { get; }

    public LimitSettings Current { get; private set; }

    /// <summary>The version of the stored limits applied; 0 for the defaults.</summary>
    public int Version { get; private set; }

    public long MaxBodyBytes => Current.Requests!.MaxBodyBytes!.Value;

    public long MaxUploadBytes => Current.Requests!.MaxUploadBytes!.Value;

    /// <summary>Applies stored limits (complete settings) unless they are the ones applied already.</summary>
    public void Apply(StoredLimits stored)
    {
        lock (gate)
        {
            if (stored.Version == Version) return;
            var settings = LimitRules.Merge(Defaults, stored.Settings);
            forms.UploadMaxBytes = settings.Roster!.MaxBytes!.Value;
            forms.UploadMaxRows = settings.Roster.MaxRows!.Value;
            var scripts = settings.Scripts!;
            Set(forms.Script, scripts, 1);
            Set(guards, scripts, 1);
            Set(kpis.FormulaLimits, scripts, 1);
            // The fast path runs all of a cluster's KPIs in one evaluation: several formulas' worth (as its defaults are).
            Set(kpis.ClusterLimits, scripts, 5);
            reports.LoopLimit = settings.Templates!.LoopLimit!.Value;
            reports.RecursionLimit = settings.Templates.RecursionLimit!.Value;
            reports.Timeout = TimeSpan.FromSeconds(settings.Templates.TimeoutSeconds!.Value);
            Current = settings;
            Version = stored.Version;
        }
    }

    private static void Set(ScriptOptions options, ScriptLimitSettings limits, int scale)
    {
        options.TimeLimit = TimeSpan.FromMilliseconds(limits.TimeLimitMs!.Value * (double)scale);
        options.MaxStatements = (int)Math.Min(int.MaxValue, (long)limits.MaxStatements!.Value * scale);
        options.MemoryLimitBytes = limits.MemoryLimitBytes!.Value * Math.Min(scale, 4);
        options.MaxRecursionDepth = limits.MaxRecursionDepth!.Value;
    }
}
