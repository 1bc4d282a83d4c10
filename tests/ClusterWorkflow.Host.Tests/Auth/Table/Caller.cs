namespace ClusterWorkflow.Host.Tests.Auth.Table;

/// <summary>
/// Who calls a route in the authorization table. "In scope" means the route's cluster (the Budaun
/// cluster of <see cref="TableRound"/>) is theirs; "out of scope" callers hold the same role for the
/// Dhamtari cluster of another TSA, district and state.
/// </summary>
public enum Caller
{
    Admin,
    ProgramManager,
    TsaInScope,
    TsaOutOfScope,
    DistrictReviewerInScope,
    DistrictReviewerOutOfScope,
    StateReviewerInScope,
    StateReviewerOutOfScope,
    Viewer,
    Anonymous,
}
