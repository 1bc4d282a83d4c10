namespace ClusterWorkflow.Host.Pilot;

/// <summary>What one seeding added; all zero when the store had the pilot already.</summary>
public sealed record PilotSeedResult(bool ProgramCreated, int ClustersAdded, int UsersCreated, int DefinitionsSaved, int HistoryPeriodsImported);
