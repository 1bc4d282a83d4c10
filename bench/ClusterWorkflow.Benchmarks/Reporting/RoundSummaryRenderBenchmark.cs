using System.Diagnostics;
using System.Text;
using ClusterWorkflow.Domain.Reporting;
using ClusterWorkflow.Domain.Reporting.Formatting;
using ClusterWorkflow.Domain.Reporting.Samples;

namespace ClusterWorkflow.Benchmarks.Reporting;

/// <summary>
/// Renders the shipped round-summary template for 2,000 clusters × 25 KPIs, and the cluster KPI
/// table alone, against a StringBuilder writing that same table by hand with the same formatting.
/// </summary>
public sealed class RoundSummaryRenderBenchmark : IBenchmark
{
    private const int Clusters = 2_000;
    private const int Kpis = 25;
    private const int Runs = 5;

    private const string TableTemplate = """
        <table>{{~ for row in clusters ~}}
        <tr><td>{{ row.name }}</td><td>{{ row.parent }}</td><td>{{ row.workflow_state }}</td>{{ for cell in row.cells }}<td class="cell {{ rag_class cell.status }}">{{ kpi_short cell.value kpi_columns[for.index].unit }}</td>{{ end }}</tr>
        {{~ end ~}}</table>
        """;

    public string Name => "report-render";

    public string Description => $"Round summary for {Clusters:N0} clusters x {Kpis} KPIs: Scriban template vs hand-written StringBuilder";

    public void Run(TextWriter output)
    {
        var model = SampleRoundGenerator.Large(Clusters, Kpis);
        var renderer = new ReportRenderer();
        var full = Parse("round-summary.html.sbn", File.ReadAllText(TemplatePath("round-summary.html.sbn")));
        var table = Parse("table.html.sbn", TableTemplate);

        var fullLength = 0;
        var fullTime = Measure(() => fullLength = renderer.Render(full, model).Output!.Length);
        var tableLength = 0;
        var tableTime = Measure(() => tableLength = renderer.Render(table, model).Output!.Length);
        var handLength = 0;
        var handTime = Measure(() => handLength = ByHand(model).Length);

        output.WriteLine($"full round summary template : {fullTime.TotalMilliseconds,9:N1} ms  ({fullLength:N0} chars)");
        output.WriteLine($"cluster KPI table template  : {tableTime.TotalMilliseconds,9:N1} ms  ({tableLength:N0} chars)");
        output.WriteLine($"same table by StringBuilder : {handTime.TotalMilliseconds,9:N1} ms  ({handLength:N0} chars)");
        output.WriteLine($"ratio table template / StringBuilder: {tableTime / handTime:N1}x");
        output.WriteLine($"ratio full summary / StringBuilder table: {fullTime / handTime:N1}x");
    }

    private static string ByHand(Domain.Reporting.Models.RoundSummaryReport model)
    {
        var html = new StringBuilder(1 << 20);
        html.Append("<table>");
        foreach (var row in model.Clusters)
        {
            html.Append("\n<tr><td>").Append(HtmlText.Escape(row.Name)).Append("</td><td>").Append(HtmlText.Escape(row.Parent))
                .Append("</td><td>").Append(HtmlText.Escape(row.WorkflowState)).Append("</td>");
            for (var i = 0; i < row.Cells.Count; i++)
            {
                var cell = row.Cells[i];
                html.Append("<td class=\"cell rag-").Append(cell.Status.ToString().ToLowerInvariant()).Append("\">")
                    .Append(HtmlText.Escape(KpiValueFormat.Short(cell.Value, model.KpiColumns[i].Unit))).Append("</td>");
            }

            html.Append("</tr>");
        }

        return html.Append("\n</table>").ToString();
    }

    /// <summary>Median of <see cref="Runs"/> timed runs after one warm-up.</summary>
    private static TimeSpan Measure(Action action)
    {
        action();
        var times = new List<TimeSpan>();
        for (var i = 0; i < Runs; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            times.Add(watch.Elapsed);
        }

        return times.Order().ElementAt(Runs / 2);
    }

    private static ReportTemplate Parse(string name, string text) =>
        ReportTemplate.Parse(name, text).Template ?? throw new InvalidOperationException($"{name} does not parse.");

    private static string TemplatePath(string name)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "templates", "reports", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"templates/reports/{name} not found above {AppContext.BaseDirectory}.");
    }
}
