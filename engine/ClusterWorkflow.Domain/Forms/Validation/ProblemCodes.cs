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

    /// <summary>An upload over the byte limit (<see cref="FormsOptions.UploadMaxBytes"/>).</summary>
    public const string FileTooLarge = "file-too-large";

    /// <summary>An upload over the row limit (<see cref="FormsOptions.UploadMaxRows"/>).</summary>
    public const string TooManyRows = "too-many-rows";
    public const string UnknownField = "unknown-field";
    public const string Column = "column";
}
