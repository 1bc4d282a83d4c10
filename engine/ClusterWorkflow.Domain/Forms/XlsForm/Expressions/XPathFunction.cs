namespace ClusterWorkflow.Domain.Forms.XlsForm.Expressions;

/// <summary>How one XLSForm function becomes JavaScript.</summary>
/// <param name="JavaScriptName">The function in <see cref="XlsFormFunctions.Prelude"/> (or Math) it calls.</param>
/// <param name="AcceptsLists">Takes the values of a question across repeat rows (sum, count...).</param>
/// <param name="NumericArguments">Arguments are converted with number() first, as XPath does.</param>
internal sealed record XPathFunction(
    string JavaScriptName,
    int MinArguments,
    int MaxArguments,
    JsKind Result,
    bool AcceptsLists = false,
    bool NumericArguments = false);
