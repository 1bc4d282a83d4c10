using ClusterWorkflow.Domain.Reporting;
using ClusterWorkflow.Domain.Reporting.Models;

namespace ClusterWorkflow.Domain.Tests.Reporting;

public class ReportRendererTests
{
    private static readonly ClusterReviewReport Model = new()
    {
        Program = "NRETP <script>alert(1)</script>",
        Cluster = new ClusterInfo { Name = "Zari & \"Zardozi\" <b>", District = "Budaun" },
        Kpis = [new KpiResult { Id = "active_rate", Name = "Active rate", Unit = "%", Value = 0.8, Previous = 0.75, Status = RagStatus.Green }],
    };

    [Fact]
    public void ValuesAreHtmlEscaped()
    {
        var output = Render("t.html.sbn", "<h1>{{ program }}</h1><p>{{ cluster.name }}</p>");

        Assert.Equal("<h1>NRETP &lt;script&gt;alert(1)&lt;/script&gt;</h1><p>Zari &amp; &quot;Zardozi&quot; &lt;b&gt;</p>", output);
    }

    [Fact]
    public void ProductMarkupIsWrittenAsItIsButJoinedTextIsEscaped()
    {
        var output = Render("t.html.sbn", "{{ badge kpis[0].status }}|{{ 'x' + (badge kpis[0].status) }}");

        Assert.Equal("<span class=\"badge rag-green\">Green</span>|x&lt;span class=&quot;badge rag-green&quot;&gt;Green&lt;/span&gt;", output);
    }

    [Fact]
    public void MarkdownValuesCannotBreakATableOrAddHtml()
    {
        var output = Render("t.md.sbn", "| {{ cluster.name }} |");

        Assert.Equal("| Zari & \"Zardozi\" &lt;b&gt; |", output);
    }

    [Fact]
    public void KpiFunctionsFormatByUnit()
    {
        var output = Render("t.md.sbn", "{{ kpi_value kpis[0].value kpis[0].unit }} {{ change kpis[0].change_vs_previous kpis[0].unit }} {{ inr 1234567 }} {{ inr_short 123456789 }}");

        Assert.Equal("80.0% ▲ +5.0 pp ₹12,34,567 ₹12.35 crore", output);
    }

    [Fact]
    public void UnknownVariableIsAnErrorWithItsPlace()
    {
        var result = RenderResult("t.html.sbn", "<p>\n  {{ cluster.nmae }}</p>");

        var error = Assert.Single(result.Errors);
        Assert.False(result.Ok);
        Assert.True(ReportErrorKind.UnknownVariable == error.Kind, error.ToString());
        Assert.Equal(2, error.Line);
        Assert.Contains("nmae", error.Message);
    }

    [Fact]
    public void UnknownTopLevelVariableIsAnError()
    {
        var error = Assert.Single(RenderResult("t.html.sbn", "{{ programme }}").Errors);

        Assert.Equal(ReportErrorKind.UnknownVariable, error.Kind);
        Assert.Equal((1, 4), (error.Line, error.Column));
    }

    [Fact]
    public void EndlessLoopStopsAtTheLoopLimit()
    {
        var result = RenderResult("t.html.sbn", "start\n{{ while true }}x{{ end }}");

        var error = Assert.Single(result.Errors);
        Assert.Equal(ReportErrorKind.LoopLimit, error.Kind);
        Assert.Equal(2, error.Line);
        Assert.Contains("endless loop", error.Message);
    }

    [Fact]
    public void RunawayRecursionStopsAtTheRecursionLimit()
    {
        var result = RenderResult("t.html.sbn", "{{ func f(x)\n ret f(x + 1)\nend }}{{ f 1 }}");

        Assert.Equal(ReportErrorKind.RecursionLimit, Assert.Single(result.Errors).Kind);
    }

    [Fact]
    public void CancelledRenderEndsWithACancelledError()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var template = Parsed("t.html.sbn", "{{ for i in 1..10 }}{{ i }}{{ end }}");

        var result = new ReportRenderer().Render(template, Model, cancelled.Token);

        Assert.Equal(ReportErrorKind.Cancelled, Assert.Single(result.Errors).Kind);
    }

    [Fact]
    public void SlowRenderEndsWithATimeout()
    {
        var template = Parsed("t.html.sbn", "{{ for i in 1..100000000 }}{{ end }}");
        var renderer = new ReportRenderer(new ReportOptions { LoopLimit = 0, Timeout = TimeSpan.FromMilliseconds(50) });

        var result = renderer.Render(template, Model);

        Assert.Equal(ReportErrorKind.Timeout, Assert.Single(result.Errors).Kind);
    }

    [Fact]
    public void OutputPastTheLimitIsAnError()
    {
        var template = Parsed("t.html.sbn", "{{ for i in 1..100 }}0123456789{{ end }}");
        var renderer = new ReportRenderer(new ReportOptions { OutputLimit = 500 });

        Assert.Equal(ReportErrorKind.OutputLimit, Assert.Single(renderer.Render(template, Model).Errors).Kind);
    }

    [Fact]
    public void SyntaxErrorsAreAllReportedWithLineAndColumn()
    {
        var result = ReportTemplate.Parse("bad.html.sbn", "<p>\n{{ if x }}\n{{ for a in }}\n");

        Assert.False(result.Ok);
        Assert.NotEmpty(result.Errors);
        Assert.All(result.Errors, e => Assert.Equal(ReportErrorKind.Syntax, e.Kind));
        Assert.Contains(result.Errors, e => e.Line == 3);
    }

    [Fact]
    public void UnclosedTagIsReportedWhereItOpens()
    {
        var result = ReportTemplate.Parse("bad.html.sbn", "<p>ok</p>\n  <p>{{ cluster.name </p>\n");

        var error = result.Errors[0];
        Assert.Equal((2, 6), (error.Line, error.Column));
        Assert.Equal("bad.html.sbn(2:6): This '{{' is never closed: add '}}' where the expression ends.", error.ToString());
    }

    [Fact]
    public void TemplateNameWithoutFormatIsRejected()
    {
        Assert.Contains(".html.sbn", Assert.Single(ReportTemplate.Parse("report.txt", "x").Errors).Message);
    }

    [Fact]
    public void AssignmentsInOneRenderDoNotLeakIntoTheNext()
    {
        var template = Parsed("t.html.sbn", "{{ if counter == null; counter = 0; end; counter = counter + 1; counter }}");
        var renderer = new ReportRenderer();

        Assert.False(renderer.Render(template, Model).Ok);
        var second = Parsed("t.html.sbn", "{{ program = 'changed'; program }}");
        Assert.Equal("changed", renderer.Render(second, Model).Output);
        Assert.Equal("NRETP &lt;script&gt;alert(1)&lt;/script&gt;", Render("t.html.sbn", "{{ program }}"));
    }

    private static string? Render(string name, string text) => RenderResult(name, text) is { Ok: true } ok
        ? ok.Output
        : throw new InvalidOperationException(string.Join("\n", RenderResult(name, text).Errors));

    private static ReportRenderResult RenderResult(string name, string text) => new ReportRenderer().Render(Parsed(name, text), Model);

    private static ReportTemplate Parsed(string name, string text) =>
        ReportTemplate.Parse(name, text).Template ?? throw new InvalidOperationException(string.Join("\n", ReportTemplate.Parse(name, text).Errors));
}
