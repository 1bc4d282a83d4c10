namespace ClusterWorkflow.Domain.Forms.XlsForm.Expressions;

/// <summary>What kind of value a question holds, as far as translating expressions needs to know.</summary>
public enum XlsFormValueKind
{
    /// <summary>Text, a single choice name, or anything not listed below.</summary>
    Text,

    /// <summary>integer, decimal: a JavaScript number (or null when unanswered).</summary>
    Number,

    /// <summary>date: an ISO string <c>yyyy-MM-dd</c>, so dates compare correctly as strings.</summary>
    Date,

    /// <summary>select_multiple: an array of choice names.</summary>
    MultipleChoice,

    /// <summary>A repeat: an array of row objects keyed by field name.</summary>
    Repeat,
}
