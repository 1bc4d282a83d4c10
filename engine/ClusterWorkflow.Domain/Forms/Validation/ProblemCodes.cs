namespace ClusterWorkflow.Domain.Forms.Validation;

/// <summary>What kind of rule a <see cref="FieldProblem"/> broke; stable strings for clients to switch on.</summary>
public static class ProblemCodes
{
    public const string Required = "required";
    public const string Type = "type";
    public const string Choice = "choice";
    public const string Min = "min";
    public const string Max = "max";
    public const string Constraint = "constraint";
    public const string Script = "script";
    public const string Rows = "rows";
    public const string UnknownField = "unknown-field";
    public const string Column = "column";
}
