using System.Globalization;
using ClusterWorkflow.Domain.PilotData;
using ClusterWorkflow.Host.Cli;
using ClusterWorkflow.Host.Pilot;

namespace ClusterWorkflow.Host.Demo;

/// <summary>The demo verb's arguments, checked all at once.</summary>
public sealed record DemoOptions(string OutDir, string? DataDir, PilotOptions Pilot)
{
    public const string Usage =
        "demo --out DIR [--data-dir DIR] [--seed N] [--clusters-per-district N] [--enterprises N]";

    private static readonly HashSet<string> Known = ["--out", "--data-dir", "--seed", "--clusters-per-district", "--enterprises"];

    /// <summary>The options, or every problem with the arguments, each saying how to fix it.</summary>
    public static (DemoOptions? Options, List<string> Problems) Parse(IReadOnlyList<string> args)
    {
        var arguments = new CliArguments(args, new HashSet<string>());
        var problems = new List<string>(arguments.Problems);
        problems.AddRange(arguments.Positional.Select(p => $"unexpected argument '{p}'"));
        problems.AddRange(arguments.OptionNames.Where(o => !Known.Contains(o)).Select(o => $"unknown option {o}: the demo takes {string.Join(", ", Known)}"));
        var outDir = arguments.Option("--out");
        if (string.IsNullOrWhiteSpace(outDir)) problems.Add("say where the reports go with --out DIR");
        var sizes = new PilotSeedOptions
        {
            DataSeed = Number(arguments, "--seed", int.MinValue, int.MaxValue, problems),
            ClustersPerDistrict = Number(arguments, "--clusters-per-district", 1, 999, problems),
            Enterprises = Number(arguments, "--enterprises", 1, 9999, problems),
        };
        var pilot = sizes.ToPilotOptions();
        return problems.Count > 0 ? (null, problems) : (new DemoOptions(Path.GetFullPath(outDir!), arguments.Option("--data-dir"), pilot), problems);
    }

    private static int? Number(CliArguments arguments, string option, int min, int max, List<string> problems)
    {
        if (arguments.Option(option) is not { } text) return null;
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
        problems.Add(min == int.MinValue ? $"{option} '{text}' is not a whole number" : $"{option} '{text}' must be a whole number from {min} to {max}");
        return null;
    }
}
