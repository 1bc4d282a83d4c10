using ClusterWorkflow.Domain.Reporting;
using ClusterWorkflow.Domain.Reporting.Samples;

namespace ClusterWorkflow.Domain.Tests.Reporting;

public class ReportLimitsTests
{
    [Fact]
    public void RoundSummaryOf2000ClustersAnd30KpisFitsTheDefaultLoopAndOutputLimits()
    {
        var model = SampleRoundGenerator.Large(2_000, 30);
        var template = ReportTemplate.Parse("round-summary.html.sbn", File.ReadAllText(GoldenFiles.TemplatePath("round-summary.html.sbn"))).Template!;
        // Only the clock is relaxed: a shared test machine must not turn this into a timing test.
        var renderer = new ReportRenderer(new ReportOptions { Timeout = TimeSpan.FromMinutes(10) });

        var result = renderer.Render(template, model);

        Assert.True(result.Ok, string.Join("\n", result.Errors));
        Assert.Contains("Cluster 2000 (sample)", result.Output);
    }
}
