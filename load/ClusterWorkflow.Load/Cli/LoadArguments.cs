using System.Globalization;

namespace ClusterWorkflow.Load.Cli;

/// <summary>
/// The tool's command line: <c>run</c> (drive a round, then check it) or <c>check</c> (check a round
/// a run left). Every limit has a default that fits a quick run on a laptop.
/// </summary>
public sealed record LoadArguments
{
    public string Mode { get; init; } = "run";
    public List<Uri> Urls { get; init; } = [];
    public int Clusters { get; init; } = 2000;
    public int Enterprises { get; init; } = 500;
    public int Concurrency { get; init; } = 8;
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromMinutes(10);
    public int Seed { get; init; } = 20261101;
    public string ProgramId { get; init; } = "load";
    public string Period { get; init; } = "2026-11";
    public string? AdminPassword { get; init; }
    /// <summary>Share of clusters that also get a bad request of each kind (0 to 1).</summary>
    public double BadInput { get; init; }
    public string? Ledger { get; init; }
    public string? Report { get; init; }
    public int StartHosts { get; init; }
    public string Store { get; init; } = "sqlite";
    public string? Postgres { get; init; }
    public string? HostDll { get; init; }
    public string WorkDir { get; init; } = Path.Combine(Path.GetTempPath(), "cw-load");
    /// <summary>Kill a silo (SIGKILL) when this share of the clusters is done, then restart it; null: no kill.</summary>
    public double? KillAt { get; init; }
    public int KillSlot { get; init; } = -1;
    /// <summary>Kill while an upload is in flight rather than between requests.</summary>
    public bool KillDuringUpload { get; init; }
    public string Label { get; init; } = "";

    public const string Usage = """
        usage: ClusterWorkflow.Load run   [--url URL]... [--start-hosts N --host-dll PATH [--store sqlite|postgres] [--postgres CS] [--work-dir DIR]]
                                          [--admin-password P] [--clusters N] [--enterprises N] [--concurrency N] [--time-limit SECONDS]
                                          [--program ID] [--period 2026-11] [--seed N] [--bad-input 0..1] [--kill-at 0..1 [--kill-slot I] [--kill-during-upload]]
                                          [--ledger FILE] [--report FILE] [--label TEXT]
               ClusterWorkflow.Load check --url URL --admin-password P --ledger FILE
        """;

    /// <summary>Reads the arguments; the problems say which switch is wrong and how.</summary>
    public static (LoadArguments? Arguments, List<string> Problems) Parse(IReadOnlyList<string> args)
    {
        var problems = new List<string>();
        if (args.Count == 0 || args[0] is not ("run" or "check")) return (null, ["Start with the mode: run or check."]);
        var result = new LoadArguments { Mode = args[0] };
        for (var i = 1; i < args.Count; i++)
        {
            var name = args[i];
            if (name == "--kill-during-upload") { result = result with { KillDuringUpload = true }; continue; }
            if (i + 1 >= args.Count) { problems.Add($"{name} needs a value."); break; }
            var value = args[++i];
            result = name switch
            {
                "--url" => Uri.TryCreate(value, UriKind.Absolute, out var url) ? result with { Urls = [.. result.Urls, url] } : Bad("an absolute URL such as http://127.0.0.1:5080"),
                "--clusters" => Int(value, 1, 1_000_000) is { } n ? result with { Clusters = n } : Bad("a whole number from 1"),
                "--enterprises" => Int(value, 1, 9999) is { } e ? result with { Enterprises = e } : Bad("a whole number from 1 to 9999"),
                "--concurrency" => Int(value, 1, 1024) is { } c ? result with { Concurrency = c } : Bad("a whole number from 1 to 1024"),
                "--time-limit" => Int(value, 1, 86_400) is { } t ? result with { TimeLimit = TimeSpan.FromSeconds(t) } : Bad("seconds, from 1"),
                "--seed" => Int(value, int.MinValue, int.MaxValue) is { } s ? result with { Seed = s } : Bad("a whole number"),
                "--program" => result with { ProgramId = value },
                "--period" => result with { Period = value },
                "--admin-password" => result with { AdminPassword = value },
                "--bad-input" => Fraction(value) is { } b ? result with { BadInput = b } : Bad("a share from 0 to 1"),
                "--ledger" => result with { Ledger = value },
                "--report" => result with { Report = value },
                "--label" => result with { Label = value },
                "--start-hosts" => Int(value, 1, 16) is { } h ? result with { StartHosts = h } : Bad("1 to 16 hosts"),
                "--store" => value is "sqlite" or "postgres" ? result with { Store = value } : Bad("sqlite or postgres"),
                "--postgres" => result with { Postgres = value },
                "--host-dll" => result with { HostDll = value },
                "--work-dir" => result with { WorkDir = value },
                "--kill-at" => Fraction(value) is { } k ? result with { KillAt = k } : Bad("a share from 0 to 1"),
                "--kill-slot" => Int(value, 0, 15) is { } k2 ? result with { KillSlot = k2 } : Bad("a silo index from 0"),
                _ => Unknown(),
            };

            LoadArguments Bad(string expected)
            {
                problems.Add($"{name} {value}: expected {expected}.");
                return result;
            }

            LoadArguments Unknown()
            {
                problems.Add($"Unknown switch {name}.");
                return result;
            }
        }

        if (result.StartHosts == 0 && result.Urls.Count == 0) problems.Add("Give --url (a running host) or --start-hosts N with --host-dll.");
        if (result.StartHosts > 0 && string.IsNullOrEmpty(result.HostDll)) problems.Add("--start-hosts needs --host-dll (the built ClusterWorkflow.Host.dll).");
        if (result.Store == "postgres" && result.StartHosts > 0 && string.IsNullOrEmpty(result.Postgres)) problems.Add("--store postgres needs --postgres CONNECTION-STRING.");
        if (result.KillAt is not null && result.StartHosts == 0) problems.Add("--kill-at needs hosts the tool started itself (--start-hosts).");
        if (result.Mode == "check" && result.Ledger is null) problems.Add("check needs --ledger FILE (written by a run).");
        return (problems.Count == 0 ? result : null, problems);
    }

    private static int? Int(string text, int min, int max) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? n : null;

    private static double? Fraction(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d is >= 0 and <= 1 ? d : null;
}
