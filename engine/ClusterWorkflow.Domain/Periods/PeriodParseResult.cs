namespace ClusterWorkflow.Domain.Periods;

/// <summary>The outcome of reading a period label: the period, or a message saying what is wrong and how to write it.</summary>
public sealed record PeriodParseResult(Period? Period, string? Error)
{
    public bool Ok => Period is not null;
}
