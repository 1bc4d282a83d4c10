namespace ClusterWorkflow.Domain.PilotData;

/// <summary>One mistake put into a roster copy: where it is, what was there and how to put it right.</summary>
public sealed record InjectedError
{
    /// <summary>0-based index of the row in the roster.</summary>
    public int RowIndex { get; init; }

    /// <summary>The row as a spreadsheet or CSV shows it, the header being row 1: <see cref="RowIndex"/> + 2.</summary>
    public int SheetRow => RowIndex + 2;

    public string EnterpriseId { get; init; } = "";

    public InjectedErrorKind Kind { get; init; }

    /// <summary>The field that was changed.</summary>
    public string Field { get; init; } = "";

    /// <summary>The correct value; writing it back fixes the row.</summary>
    public object? OriginalValue { get; init; }

    public object? InjectedValue { get; init; }

    /// <summary>The broken rule in words, e.g. <c>person_days ≤ workers × days_operated</c>.</summary>
    public string Rule { get; init; } = "";
}
