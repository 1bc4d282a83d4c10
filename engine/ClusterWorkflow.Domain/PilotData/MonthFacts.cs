using ClusterWorkflow.Domain.Periods;

namespace ClusterWorkflow.Domain.PilotData;

/// <summary>What the quarterly cluster form needs to know about a generated month.</summary>
internal sealed record MonthFacts(Period Period, int Enrolled, int NewlyTrained, long RevenueViaCollective, double Season);
