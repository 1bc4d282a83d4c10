using ClusterWorkflow.Domain.Reporting;

namespace ClusterWorkflow.Domain.Tests.Reporting;

public class ReportTemplateCheckTests
{
    [Theory]
    [InlineData("cluster-review.html.sbn", ReportKind.ClusterReview)]
    [InlineData("cluster-review.md.sbn", ReportKind.ClusterReview)]
    [InlineData("round-summary.html.sbn", ReportKind.RoundSummary)]
    [InlineData("round-summary.md.sbn", ReportKind.RoundSummary)]
    [InlineData("cluster-profile.html.sbn", ReportKind.ClusterProfile)]
    public void ShippedTemplatesPassTheUploadCheck(string name, ReportKind kind)
    {
        var result = ReportTemplateCheck.Check(name, File.ReadAllText(GoldenFiles.TemplatePath(name)), kind);

        Assert.True(result.Ok, string.Join("\n", result.Errors));
        Assert.NotNull(result.Preview);
    }

    [Fact]
    public void SyntaxErrorsAreRefusedWithLineAndColumn()
    {
        var result = ReportTemplateCheck.Check("mine.html.sbn", "<h1>{{ cluster.name }}</h1>\n{{ for kpi in kpis }}\n<p>{{ kpi.name }</p>", ReportKind.ClusterReview);

        Assert.False(result.Ok);
        Assert.Null(result.Preview);
        Assert.All(result.Errors, e => Assert.Equal(ReportErrorKind.Syntax, e.Kind));
        Assert.Contains(result.Errors, e => e.Line == 3);
    }

    [Fact]
    public void TemplateForTheWrongReportIsRefusedOnTheDryRender()
    {
        var result = ReportTemplateCheck.Check("mine.html.sbn", "{{ for row in clusters }}{{ row.name }}{{ end }}", ReportKind.ClusterReview);

        var error = Assert.Single(result.Errors);
        Assert.Equal(ReportErrorKind.UnknownVariable, error.Kind);
        Assert.Equal((1, 15), (error.Line, error.Column));
    }

    [Fact]
    public void TemplateThatBreaksOnAnEmptyReportIsRefused()
    {
        var result = ReportTemplateCheck.Check("mine.html.sbn", "{{ first = kpis | array.first }}{{ first.name }}", ReportKind.ClusterReview);

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("With an empty report", error.Message);
    }

    [Fact]
    public void EndlessLoopIsRefusedWithoutHangingTheUpload()
    {
        var result = ReportTemplateCheck.Check("mine.md.sbn", "{{ while true }}{{ end }}", ReportKind.RoundSummary);

        Assert.Equal(ReportErrorKind.LoopLimit, result.Errors[0].Kind);
    }
}
