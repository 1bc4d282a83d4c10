namespace ClusterWorkflow.Domain.Forms.XlsForm.Expressions;

/// <summary>
/// Translates one XLSForm expression (relevant, constraint, calculation, choice_filter) into the
/// JavaScript of this product's form definitions. The JavaScript calls helpers from
/// <see cref="XlsFormFunctions.Prelude"/> and names questions as <see cref="XlsFormJavaScript"/> describes.
/// </summary>
public static class XlsFormExpressionTranslator
{
    /// <summary>Never throws for a bad expression: every problem comes back with its column.</summary>
    public static ExpressionTranslation Translate(string expression, XlsFormExpressionContext context)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(context);
        XPathNode tree;
        try
        {
            tree = XPathParser.Parse(expression);
        }
        catch (XPathSyntaxException syntax)
        {
            return new ExpressionTranslation(null, [new ExpressionProblem(syntax.Position, syntax.Message)], []);
        }
        var emitter = new JavaScriptEmitter(context);
        var code = emitter.Emit(tree).Code;
        var failed = emitter.Problems.Any(p => !p.IsWarning);
        return new ExpressionTranslation(failed ? null : code, emitter.Problems, emitter.References);
    }
}
