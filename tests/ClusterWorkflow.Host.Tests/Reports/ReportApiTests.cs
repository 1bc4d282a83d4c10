using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClusterWorkflow.Host.Tests.Infrastructure;
using MiniExcelLibs;

namespace ClusterWorkflow.Host.Tests.Reports;

/// <summary>Reports and exports of a round driven through the API on the real host.</summary>
[Collection(nameof(SharedHost))]
public sealed class ReportApiTests(SharedHost host)
{
    private const string ScriptComment = "Revenue of e-002 <script>alert('x')</script> looks high; confirm it.";

    [Fact]
    public async Task ReviewReportShowsTheApprovedKpisAndTheReturnCommentEscaped()
    {
        var round = await ReportRound.OpenAsync(host.Process, "rep-api-review");
        await round.ApproveBudaunAfterAReturnAsync(ScriptComment);

        using var response = await host.Admin.GetAsync($"/api/programs/{round.Program}/rounds/{ReportRound.Period}/reports/clusters/{round.Budaun}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        // Turnover 12,000 + 8,000 + 0; active rate 2 of 3.
        Assert.Contains("<b>₹20,000</b>", html);
        Assert.Contains("<b>66.7%</b>", html);
        Assert.Contains("Revenue of e-002 &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; looks high", html);
        Assert.DoesNotContain("<script>", html);

        var otherTsa = await host.ClientAsAsync(round.DhamtariTsa);
        using var refused = await otherTsa.GetAsync($"/api/programs/{round.Program}/rounds/{ReportRound.Period}/reports/clusters/{round.Budaun}");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task SummaryCountsClustersPerStateAndTheExcelExportHoldsTheApprovedNumbers()
    {
        var round = await ReportRound.OpenAsync(host.Process, "rep-api-summary");
        await round.ApproveBudaunAfterAReturnAsync("Please confirm the revenue of e-002.");
        await round.StartDhamtariAsync();
        var reports = $"/api/programs/{round.Program}/rounds/{ReportRound.Period}";

        var markdown = await host.Admin.GetStringAsync($"{reports}/reports/summary?format=md");
        // Columns: Assigned, Draft, Submitted, District review, State review, Returned, Approved, Total, Done, Overdue.
        Assert.Contains("| chhattisgarh | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 1 | 0/1 (0.0%) | 0 |", markdown);
        Assert.Contains("| uttar-pradesh | 0 | 0 | 0 | 0 | 0 | 0 | 1 | 1 | 1/1 (100.0%) | 0 |", markdown);

        using var excel = await host.Admin.GetAsync($"{reports}/exports/round.xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", excel.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{round.Program}-round-2026-11.xlsx", excel.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        using var stream = new MemoryStream(await excel.Content.ReadAsByteArrayAsync());
        var clusters = stream.Query(useHeaderRow: true, sheetName: "cluster").Cast<IDictionary<string, object?>>().ToList();
        var budaun = clusters.Single(r => (string?)r["cluster_id"] == round.Budaun);
        Assert.Equal(20_000.0, Convert.ToDouble(budaun["kpi.turnover"]));
        Assert.Equal(3.0, Convert.ToDouble(budaun["kpi.enrolled"]));
        Assert.Equal(2.0, Convert.ToDouble(budaun["trainings_held"]));
        Assert.Null(clusters.Single(r => (string?)r["cluster_id"] == round.Dhamtari)["kpi.turnover"]);

        var districtReviewer = await host.ClientAsAsync(round.BudaunReviewer);
        var limited = await districtReviewer.GetStringAsync($"{reports}/reports/summary?format=md");
        Assert.Contains("Sample Zari Cluster", limited);
        Assert.DoesNotContain("Sample Bamboo Cluster", limited);
    }

    [Fact]
    public async Task TemplateWithASyntaxErrorIsRefusedWithLineAndColumnAndNothingIsSaved()
    {
        var round = await ReportRound.OpenAsync(host.Process, "rep-api-syntax");

        using var response = await host.Admin.PutAsJsonAsync($"/api/programs/{round.Program}/report-templates/cluster-review.html",
            new { content = "<h1>{{ cluster.name }}</h1>\n<p>{{ for kpi in kpis }}{{ kpi.name }</p>\n" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("problems")[0];
        Assert.StartsWith("2:", problem.GetProperty("field").GetString());
        var current = await host.Admin.GetFromJsonAsync<JsonElement>($"/api/programs/{round.Program}/report-templates/cluster-review.html");
        Assert.Equal("shipped", current.GetProperty("source").GetString());
    }

    [Fact]
    public async Task TemplateThatFailsOnARoundsDataFallsBackToTheShippedOneAndSaysSo()
    {
        var round = await ReportRound.OpenAsync(host.Process, "rep-api-fallback");
        // Passes the upload check (the sample cluster has another id) and fails on the Budaun cluster.
        var template = "<html><body>{{ if cluster.id == \"" + round.Budaun + "\" }}{{ no_such_variable }}{{ end }}<h1>Custom {{ cluster.name }}</h1></body></html>";
        using var saved = await host.Admin.PutAsJsonAsync($"/api/programs/{round.Program}/report-templates/cluster-review.html", new { content = template });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        using var failing = await host.Admin.GetAsync($"/api/programs/{round.Program}/rounds/{ReportRound.Period}/reports/clusters/{round.Budaun}");
        using var working = await host.Admin.GetAsync($"/api/programs/{round.Program}/rounds/{ReportRound.Period}/reports/clusters/{round.Dhamtari}");

        Assert.Equal(HttpStatusCode.OK, failing.StatusCode);
        Assert.Equal("shipped (uploaded template failed)", failing.Headers.GetValues("X-Report-Template").Single());
        var html = await failing.Content.ReadAsStringAsync();
        Assert.Contains("class=\"template-fallback\"", html);
        Assert.Contains("no_such_variable", html);
        Assert.Contains("Key figures", html);
        Assert.Equal("uploaded v1", working.Headers.GetValues("X-Report-Template").Single());
        Assert.Contains("<h1>Custom Sample Bamboo Cluster (sample data)</h1>", await working.Content.ReadAsStringAsync());
    }
}
