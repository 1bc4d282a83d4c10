using ClusterWorkflow.Domain.Reporting;
using ClusterWorkflow.Domain.Reporting.Models;
using ClusterWorkflow.Domain.Reporting.Samples;

namespace ClusterWorkflow.Domain.Tests.Reporting;

public class GoldenReportTests
{
    [Theory]
    [InlineData("cluster-review.html.sbn")]
    [InlineData("cluster-review.md.sbn")]
    public void ClusterReviewRendersExactlyAsStored(string template) =>
        AssertGolden(template, GoldenFiles.Model("cluster-review.model.json", SampleReports.ClusterReview()));

    [Theory]
    [InlineData("round-summary.html.sbn")]
    [InlineData("round-summary.md.sbn")]
    public void RoundSummaryRendersExactlyAsStored(string template) =>
        AssertGolden(template, GoldenFiles.Model("round-summary.model.json", SampleReports.RoundSummary()));

    [Fact]
    public void ClusterProfileRendersExactlyAsStored() =>
        AssertGolden("cluster-profile.html.sbn", GoldenFiles.Model("cluster-profile.model.json", SampleReports.ClusterProfile()));

    [Fact]
    public void StoredModelEqualsTheSampleSoTheGoldenFilesStayMeaningful()
    {
        var stored = GoldenFiles.Model("cluster-review.model.json", SampleReports.ClusterReview());

        Assert.Equal(
            System.Text.Json.JsonSerializer.Serialize(SampleReports.ClusterReview(), GoldenFiles.Json),
            System.Text.Json.JsonSerializer.Serialize(stored, GoldenFiles.Json));
    }

    private static void AssertGolden(string template, object model)
    {
        var parsed = ReportTemplate.Parse(template, File.ReadAllText(GoldenFiles.TemplatePath(template)));
        Assert.True(parsed.Ok, string.Join("\n", parsed.Errors));

        var result = new ReportRenderer().Render(parsed.Template!, model);

        Assert.True(result.Ok, string.Join("\n", result.Errors));
        var expectedName = template[..^".sbn".Length];
        Assert.Equal(GoldenFiles.Expected(expectedName, result.Output!), result.Output);
    }
}
