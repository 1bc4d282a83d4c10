using Scriban.Runtime;
using Scriban.Syntax;

namespace ClusterWorkflow.Domain.Reporting;

/// <summary>
/// Renders a report model through a template with limits on loops, recursion, output size and
/// time. Thread-safe: every render gets its own Scriban context. A bad template or a runaway loop
/// ends in a <see cref="ReportRenderResult"/> with errors, never an exception.
/// </summary>
public sealed class ReportRenderer(ReportOptions? options = null)
{
    private readonly ReportOptions options = options ?? new ReportOptions();

    /// <summary>
    /// Renders <paramref name="model"/> (a report record such as
    /// <see cref="Models.ClusterReviewReport"/>); its properties are the template's variables in
    /// snake_case (<c>cluster.name</c>, <c>kpis</c>).
    /// </summary>
    public ReportRenderResult Render(ReportTemplate template, object model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(model);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.Timeout);

        var context = new ReportTemplateContext(template.Format)
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            LoopLimit = options.LoopLimit,
            RecursiveLimit = options.RecursionLimit,
            OutputLimit = options.OutputLimit,
            LimitToString = options.OutputLimit,
            OnOutputLimit = Scriban.ScriptLimitBehavior.Throw,
            CancellationToken = deadline.Token,
            NewLine = "\n",
        };
        context.PushGlobal(ReportFunctionLibrary.For(template.Format));
        var variables = new ScriptObject();
        variables.Import(model);
        context.PushGlobal(variables);

        try
        {
            return new ReportRenderResult(template.Parsed.Render(context), []);
        }
        catch (Exception exception) when (exception is ScriptAbortException or OperationCanceledException)
        {
            var timedOut = !cancellationToken.IsCancellationRequested;
            return ReportRenderResult.Failed(new ReportError(
                template.Name,
                timedOut ? ReportErrorKind.Timeout : ReportErrorKind.Cancelled,
                timedOut ? $"Rendering took longer than {options.Timeout.TotalSeconds:0.#} s and was stopped; look for a loop that does far more work than the report needs." : "Rendering was cancelled.",
                null,
                null));
        }
        catch (ScriptRuntimeException exception)
        {
            return ReportRenderResult.Failed(RenderErrors.From(template.Name, exception, options));
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return ReportRenderResult.Failed(new ReportError(template.Name, ReportErrorKind.Runtime, "The report could not be rendered: " + exception.Message, null, null));
        }
    }
}
