namespace ClusterWorkflow.Load.Hosts;

/// <summary>How to start the host processes of a run.</summary>
public sealed record FleetOptions(
    int Count, string HostDll, string Store, string? Postgres, string WorkDir, string? AdminPassword, IReadOnlyList<string> ExtraArguments);
