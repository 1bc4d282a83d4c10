namespace ClusterWorkflow.Load.Round;

/// <summary>A transition the API accepted: trigger, states before and after, the request id.</summary>
public sealed record LedgerTransition(string Trigger, string From, string To, string RequestId);
