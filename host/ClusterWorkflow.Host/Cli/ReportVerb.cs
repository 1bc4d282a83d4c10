using ClusterWorkflow.Domain.Reporting;
using ClusterWorkflow.Domain.Reporting.Exports;
using ClusterWorkflow.Host.Hosting;
using ClusterWorkflow.Host.Reports;

namespace ClusterWorkflow.Host.Cli;

/// <summary>
/// <c>report summary|review|profile|export</c> renders a stored round's report (or writes its export)
/// from the command line. It reads the store directly by starting a read-only silo of its own on
/// <c>--data-dir</c> / <c>--store</c> (see <see cref="ReadOnlySilo"/>) rather than calling a running
/// host's API: it needs no host running, no user or token, and works on a copied database; since it
/// never writes grain state, it is also safe beside a running host. Reports render with the program's
/// uploaded templates like the API's, falling back to the shipped ones.
/// </summary>
public static class ReportVerb
{
    public const string Usage =
        "report summary|review|profile|export --program ID --period LABEL [--cluster ID] [--format html|md] [--out FILE] [--data-dir DIR | --store postgres --postgres CONNECTION]";

    private static readonly HashSet<string> Kinds = ["summary", "review", "profile", "export"];

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var arguments = new CliArguments(args, new HashSet<string>());
        var kind = arguments.Positional.FirstOrDefault();
        var problems = new List<string>(arguments.Problems);
        if (kind is null || !Kinds.Contains(kind)) problems.Add("say which report: summary, review, profile or export");
        var program = arguments.Option("--program");
        var period = arguments.Option("--period");
        var cluster = arguments.Option("--cluster");
        if (kind is "summary" or "review" or "export" && (program is null || period is null)) problems.Add($"'report {kind}' needs --program and --period");
        if (kind is "review" or "profile" && cluster is null) problems.Add($"'report {kind}' needs --cluster");
        var format = arguments.Option("--format")?.ToLowerInvariant() switch
        {
            null or "html" => ReportFormat.Html,
            "md" or "markdown" => ReportFormat.Markdown,
            var other => Problem(problems, $"unknown --format '{other}': use html or md"),
        };
        var outFile = arguments.Option("--out");
        if (kind == "export" && !(outFile?.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) == true || outFile?.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) == true))
            problems.Add("'report export' needs --out FILE ending in .xlsx (every sheet) or .csv (the cluster sheet)");
        if (problems.Count > 0)
        {
            foreach (var problem in problems) await error.WriteLineAsync($"error: {problem}.");
            await error.WriteLineAsync($"usage: ClusterWorkflow.Host {Usage}");
            return 2;
        }

        var store = StoreSettings(arguments);
        if (store[$"{HostSettings.Section}:Store"]?.Trim().ToLowerInvariant() is null or "sqlite")
        {
            var dataDir = store.GetValueOrDefault($"{HostSettings.Section}:DataDir") ?? "data";
            if (!File.Exists(Path.Combine(Path.GetFullPath(dataDir), "clusterworkflow.db")))
            {
                await error.WriteLineAsync($"error: there is no stored data in '{Path.GetFullPath(dataDir)}' (no clusterworkflow.db): give the host's --data-dir, or --store postgres --postgres CONNECTION.");
                return 1;
            }
        }

        await using var silo = await ReadOnlySilo.StartAsync(store);
        var source = silo.Services.GetRequiredService<RoundReportSource>();
        var templates = silo.Services.GetRequiredService<ReportTemplateCatalog>();
        if (kind == "export")
        {
            return await ExportAsync(source, program!, period!, outFile!, output, error);
        }

        object? model = kind switch
        {
            "summary" => await source.BuildRoundSummaryAsync(program!, period!),
            "review" => await source.BuildClusterReviewAsync(program!, period!, cluster!),
            _ => await source.BuildClusterProfileAsync(cluster!),
        };
        if (model is null)
        {
            await error.WriteLineAsync(kind == "profile"
                ? $"error: there is no cluster '{cluster}' in the store."
                : $"error: there is no round '{program}' '{period}'{(kind == "review" ? $" with cluster '{cluster}'" : "")} in the store.");
            return 1;
        }
        var reportKind = kind switch { "summary" => ReportKind.RoundSummary, "review" => ReportKind.ClusterReview, _ => ReportKind.ClusterProfile };
        var programId = kind == "profile" ? await ProgramOfAsync(silo, cluster!) : program;
        var rendered = await templates.RenderAsync(programId, reportKind, format!.Value, model);
        foreach (var reason in rendered.FallbackReasons) await error.WriteLineAsync($"warning: the uploaded template failed, the shipped one was used: {reason}");
        if (!rendered.Ok)
        {
            foreach (var problem in rendered.Errors) await error.WriteLineAsync($"error: {problem}");
            return 1;
        }
        return await WriteAsync(outFile, rendered.Content!, output);
    }

    private static async Task<int> ExportAsync(RoundReportSource source, string program, string period, string file, TextWriter output, TextWriter error)
    {
        if (await source.BuildRoundExportAsync(program, period) is not { } export)
        {
            await error.WriteLineAsync($"error: there is no round '{program}' '{period}' in the store.");
            return 1;
        }
        await using (var stream = File.Create(OutputFile.Prepare(file)))
        {
            if (file.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
                ExcelExportWriter.Write(export, stream);
            else
                await stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(CsvExportWriter.ToCsv(export.Sheets[0])));
        }
        await output.WriteLineAsync($"wrote {Path.GetFullPath(file)}: {string.Join(", ", export.Sheets.Select(s => $"{s.Name} {s.Rows.Count} rows"))}");
        return 0;
    }

    private static async Task<int> WriteAsync(string? file, string content, TextWriter output)
    {
        if (file is null)
        {
            await output.WriteAsync(content);
            return 0;
        }
        await File.WriteAllTextAsync(OutputFile.Prepare(file), content);
        await output.WriteLineAsync($"wrote {Path.GetFullPath(file)}");
        return 0;
    }

    private static async Task<string?> ProgramOfAsync(WebApplication silo, string clusterId) =>
        (await silo.Services.GetRequiredService<IGrainFactory>().GetGrain<Abstractions.Clusters.IClusterGrain>(clusterId).GetAsync())?.ProgramId;

    /// <summary>The host's own switches for the store, as configuration keys.</summary>
    private static Dictionary<string, string?> StoreSettings(CliArguments arguments)
    {
        var settings = new Dictionary<string, string?>();
        foreach (var (option, key) in HostArguments.SwitchMappings)
        {
            if (option is "--store" or "--data-dir" or "--postgres" or "--service-id" && arguments.Option(option) is { } value)
                settings[key] = value;
        }
        settings.TryAdd($"{HostSettings.Section}:Store", "sqlite");
        return settings;
    }

    private static ReportFormat? Problem(List<string> problems, string message)
    {
        problems.Add(message);
        return null;
    }
}
