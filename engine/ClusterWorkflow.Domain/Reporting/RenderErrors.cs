using Scriban.Syntax;

namespace ClusterWorkflow.Domain.Reporting;

/// <summary>Turns Scriban's runtime exceptions into errors that say where and how to fix.</summary>
internal static class RenderErrors
{
    public static ReportError From(string template, ScriptRuntimeException exception, ReportOptions options)
    {
        var message = exception.OriginalMessage ?? exception.Message;
        var (kind, advice) = message switch
        {
            _ when message.Contains("iteration limit", StringComparison.OrdinalIgnoreCase) =>
                (ReportErrorKind.LoopLimit, $"The loops here ran more than {options.LoopLimit:N0} times in total: check for an endless loop, or raise ReportOptions.LoopLimit for a larger round."),
            _ when message.Contains("recursive", StringComparison.OrdinalIgnoreCase) =>
                (ReportErrorKind.RecursionLimit, $"Functions called each other more than {options.RecursionLimit} levels deep: check for a function that calls itself without end."),
            _ when message.Contains("not found", StringComparison.OrdinalIgnoreCase) || message.Contains("Cannot get member", StringComparison.OrdinalIgnoreCase) =>
                (ReportErrorKind.UnknownVariable, "Check the spelling: model fields are in snake_case (cluster.name, kpis, key_figures)."),
            _ when message.Contains("limit", StringComparison.OrdinalIgnoreCase) && message.Contains("output", StringComparison.OrdinalIgnoreCase) =>
                (ReportErrorKind.OutputLimit, $"The report grew past {options.OutputLimit:N0} characters: check for a loop that prints far more than intended."),
            _ => (ReportErrorKind.Runtime, ""),
        };

        var span = exception.Span;
        var located = span.Start.Line >= 0 && !span.IsEmpty;
        var full = advice.Length == 0 ? message : $"{message.TrimEnd('.')}. {advice}";
        return new ReportError(template, kind, full, located ? span.Start.Line + 1 : null, located ? span.Start.Column + 1 : null);
    }
}
