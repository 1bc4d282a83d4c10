using ClusterWorkflow.Domain.Reporting.Samples;

namespace ClusterWorkflow.Domain.Reporting;

/// <summary>
/// Checks a template before it is accepted: it must parse, and render both the built-in sample
/// report and an empty one (no KPIs, no comments, no dates) of its kind. A template that passes
/// cannot fail a round for reasons of its own making; one that fails is refused with every error found.
/// </summary>
public static class ReportTemplateCheck
{
    public static TemplateCheckResult Check(string name, string? text, ReportKind kind, ReportRenderer? renderer = null, CancellationToken cancellationToken = default)
    {
        var parsed = ReportTemplate.Parse(name, text);
        if (!parsed.Ok)
        {
            return new TemplateCheckResult(parsed.Errors, null);
        }

        renderer ??= new ReportRenderer();
        var sample = renderer.Render(parsed.Template!, SampleReports.For(kind), cancellationToken);
        var empty = renderer.Render(parsed.Template!, SampleReports.Empty(kind), cancellationToken);
        var errors = sample.Errors
            .Concat(empty.Errors
                .Where(e => !sample.Errors.Any(s => s.Line == e.Line && s.Column == e.Column && s.Kind == e.Kind))
                .Select(e => e with { Message = "With an empty report (no KPIs, comments or dates): " + e.Message }))
            .ToList();
        return new TemplateCheckResult(errors, errors.Count == 0 ? sample.Output : null);
    }
}
