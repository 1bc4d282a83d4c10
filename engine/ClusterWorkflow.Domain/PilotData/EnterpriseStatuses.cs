namespace ClusterWorkflow.Domain.PilotData;

/// <summary>The choices of the roster's <c>status</c> field.</summary>
public static class EnterpriseStatuses
{
    public const string Active = "active";
    public const string TemporarilyClosed = "temporarily_closed";

    /// <summary>Closed for good: revenue 0 and workers 0 from then on; the id is never reused.</summary>
    public const string Closed = "closed";

    public const string NotTraced = "not_traced";
}
