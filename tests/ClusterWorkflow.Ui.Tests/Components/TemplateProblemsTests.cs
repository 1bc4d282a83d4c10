using Bunit;
using ClusterWorkflow.Domain.Reporting;
using ClusterWorkflow.Host.Ui.ReportTemplates;

namespace ClusterWorkflow.Ui.Tests.Components;

/// <summary>A template's problems are shown with their line and column and the text of that line, from the real check.</summary>
public sealed class TemplateProblemsTests : DesignerContext
{
    [Fact]
    public void AnUnknownFunctionIsShownWithItsLineColumnAndThatLinesText()
    {
        const string template = "# Round summary\n\nTurnover: {{ lakh_crore_typo 12 }}\n";
        var check = ReportTemplateCheck.Check("round-summary.md.sbn", template, ReportKind.RoundSummary);
        Assert.False(check.Ok);

        var shown = Bunit.Render<TemplateProblems>(p => p.Add(c => c.Check, check).Add(c => c.Content, template));

        var text = shown.Find("[data-testid=template-problems]").TextContent;
        Assert.Contains("line 3, column", text);
        Assert.Contains("Turnover: {{ lakh_crore_typo 12 }}", text);
    }
}
