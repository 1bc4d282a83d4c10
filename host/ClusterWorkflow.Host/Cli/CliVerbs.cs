namespace ClusterWorkflow.Host.Cli;

/// <summary>
/// The jobs people script, run as <c>dotnet run --project host/ClusterWorkflow.Host -- VERB ...</c>.
/// Each verb answers bad input with a message on stderr and a non-zero exit code.
/// </summary>
public static class CliVerbs
{
    private static readonly Dictionary<string, (string Usage, Func<string[], TextWriter, TextWriter, Task<int>> Run)> Verbs = new()
    {
        ["import-xlsform"] = (ImportXlsFormVerb.Usage, ImportXlsFormVerb.RunAsync),
        ["validate-roster"] = (ValidateRosterVerb.Usage, ValidateRosterVerb.RunAsync),
        ["kpi"] = (KpiCheckVerb.Usage, KpiCheckVerb.RunAsync),
        ["report"] = (ReportVerb.Usage, ReportVerb.RunAsync),
        ["demo"] = (Demo.DemoVerb.Usage, Demo.DemoVerb.RunAsync),
    };

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (Verbs.TryGetValue(args[0], out var verb))
            return await verb.Run(args[1..], output, error);

        await error.WriteLineAsync($"error: unknown command '{args[0]}'.");
        await error.WriteLineAsync(Usage());
        return 2;
    }

    public static string Usage()
    {
        var lines = new List<string>
        {
            "usage: ClusterWorkflow.Host [--urls URL] [--data-dir DIR] [--store sqlite|postgres] [--postgres CONNECTION] [--silo-port N] [--gateway-port N] [--no-seed]",
        };
        lines.AddRange(Verbs.Values.Select(v => $"       ClusterWorkflow.Host {v.Usage}"));
        return string.Join(Environment.NewLine, lines);
    }
}
