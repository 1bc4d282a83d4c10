namespace ClusterWorkflow.Domain.Forms;

/// <summary>
/// Names that form expressions can use besides field names. XLSForm's <c>.</c> translates to
/// <see cref="CurrentValue"/>; <c>position(..)</c> to <see cref="RowPosition"/>.
/// </summary>
public static class ExpressionNames
{
    /// <summary>The value of the field the expression belongs to.</summary>
    public const string CurrentValue = "value";

    /// <summary>Inside a repeat, the number of the current row, counting from 1.</summary>
    public const string RowPosition = "position";
}
