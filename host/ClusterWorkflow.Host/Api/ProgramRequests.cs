using ClusterWorkflow.Abstractions.Clusters;
using ClusterWorkflow.Abstractions.Common;

namespace ClusterWorkflow.Host.Api;

/// <summary>Body of <c>POST /api/programs</c>.</summary>
public sealed record CreateProgramRequest(string? Id, string? Name)
{
    public IReadOnlyList<Problem> Check()
    {
        var problems = new List<Problem>();
        if (Identifier.Check(Id, "id") is { } badId) problems.Add(badId);
        if (string.IsNullOrWhiteSpace(Name)) problems.Add(new Problem("required", "Give the program a name.", "name"));
        return problems;
    }
}

/// <summary>Body of <c>POST /api/programs/{programId}/clusters</c>.</summary>
public sealed record AddClusterRequest(
    string? Id, string? Name, ClusterType? Type, string? State, string? District, string? Block, string? TsaId, string? Activity)
{
    public IReadOnlyList<Problem> Check()
    {
        var problems = new List<Problem>();
        if (Identifier.Check(Id, "id") is { } badId) problems.Add(badId);
        if (Identifier.Check(TsaId, "tsaId") is { } badTsa) problems.Add(badTsa);
        Require(Name, "name", "the cluster's name");
        Require(State, "state", "the state (e.g. Uttar Pradesh)");
        Require(District, "district", "the district (e.g. Budaun)");
        Require(Block, "block", "the block (e.g. Ujhani)");
        if (Type is null) problems.Add(new Problem("required", "Give the cluster type: \"artisanal\" or \"sectoral\".", "type"));
        return problems;

        void Require(string? value, string field, string what)
        {
            if (string.IsNullOrWhiteSpace(value)) problems.Add(new Problem("required", $"Give {what}.", field));
        }
    }

    public ClusterProfile ToProfile(string programId) =>
        new(Id!, programId, Name!.Trim(), Type!.Value, State!.Trim(), District!.Trim(), Block!.Trim(), TsaId!, Activity?.Trim());
}
