using ClusterWorkflow.Domain.Reporting;
using ClusterWorkflow.Domain.Reporting.Samples;

namespace ClusterWorkflow.Domain.Tests.Reporting;

public class ReportTemplateFilesTests
{
    [Fact]
    public void ShippedTemplatesAllLoadWithTheirKindAndFormat()
    {
        var set = ReportTemplateFiles.Load(Path.GetDirectoryName(GoldenFiles.TemplatePath("x"))!);

        Assert.Empty(set.Errors);
        Assert.Equal(
            ["cluster-profile.html.sbn", "cluster-review.html.sbn", "cluster-review.md.sbn", "round-summary.html.sbn", "round-summary.md.sbn"],
            set.Templates.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(ReportFormat.Markdown, set.Find("round-summary.md.sbn")!.Format);
        Assert.Equal(ReportKind.ClusterProfile, ReportTemplateFiles.KindFromName("cluster-profile.html.sbn"));
        Assert.Null(ReportTemplateFiles.KindFromName("notes.html.sbn"));
    }

    [Fact]
    public void ABadFileIsReportedAndTheOthersStillLoad()
    {
        var folder = Directory.CreateTempSubdirectory("report-templates-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "good.md.sbn"), "# {{ program }}");
            File.WriteAllText(Path.Combine(folder.FullName, "bad.md.sbn"), "{{ for x in }}");

            var set = ReportTemplateFiles.Load(folder.FullName);

            Assert.Equal(["good.md.sbn"], set.Templates.Keys);
            Assert.All(set.Errors, e => Assert.Equal("bad.md.sbn", e.Template));
            Assert.NotEmpty(set.Errors);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void ParallelRendersOfOneTemplateGiveTheSameOutput()
    {
        var template = ReportTemplate.Parse("cluster-review.html.sbn", File.ReadAllText(GoldenFiles.TemplatePath("cluster-review.html.sbn"))).Template!;
        var renderer = new ReportRenderer();
        var model = SampleReports.ClusterReview();
        var expected = renderer.Render(template, model).Output;

        var outputs = Enumerable.Range(0, 8).AsParallel().Select(_ => renderer.Render(template, model).Output).ToList();

        Assert.All(outputs, o => Assert.Equal(expected, o));
    }
}
