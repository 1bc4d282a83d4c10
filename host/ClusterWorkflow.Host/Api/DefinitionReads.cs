using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Abstractions.Definitions;
using ClusterWorkflow.Abstractions.Programs;

namespace ClusterWorkflow.Host.Api;

/// <summary>The reads every kind of versioned definition answers the same way: the latest, the versions, one version.</summary>
public static class DefinitionReads
{
    public static IDefinitionGrain Grain(IGrainFactory grains, string programId, DefinitionKind kind, string id) =>
        grains.GetGrain<IDefinitionGrain>(DefinitionKey.For(programId, kind, id));

    /// <summary>The latest version of each definition of the kind, in the order they were first saved.</summary>
    public static async Task<IReadOnlyList<DefinitionVersion>> LatestAsync(IGrainFactory grains, string programId, DefinitionKind kind)
    {
        var ids = await grains.GetGrain<IProgramGrain>(programId).ListDefinitionsAsync(kind);
        var latest = await Task.WhenAll(ids.Select(id => Grain(grains, programId, kind, id).GetLatestAsync()));
        return latest.OfType<DefinitionVersion>().ToList();
    }

    public static async Task<IResult> GetLatestAsync(IGrainFactory grains, string programId, DefinitionKind kind, string id)
    {
        var latest = Identifier.IsValid(programId) ? await Grain(grains, programId, kind, id).GetLatestAsync() : null;
        return latest is null ? ApiResults.NotFound(DefinitionKey.KindName(kind), id, "id") : Results.Text(latest.Content, "application/json");
    }

    public static async Task<IResult> GetVersionAsync(IGrainFactory grains, string programId, DefinitionKind kind, string id, int version)
    {
        var stored = Identifier.IsValid(programId) ? await Grain(grains, programId, kind, id).GetVersionAsync(version) : null;
        return stored is null
            ? ApiResults.Problems(OutcomeStatus.NotFound, [new Problem("not-found", $"The {DefinitionKey.KindName(kind)} '{id}' has no version {version}.", "version")])
            : Results.Text(stored.Content, "application/json");
    }

    public static async Task<IResult> ListVersionsAsync(IGrainFactory grains, string programId, DefinitionKind kind, string id)
    {
        var history = Identifier.IsValid(programId) ? await Grain(grains, programId, kind, id).GetHistoryAsync() : [];
        return history.Count == 0
            ? ApiResults.NotFound(DefinitionKey.KindName(kind), id, "id")
            : Results.Ok(history.Select(v => new { v.Version, v.SavedBy, v.SavedAt, v.Note }));
    }

    /// <summary>The 201 answer of a saved version, with the warnings that did not block it.</summary>
    public static IResult Created(string programId, string collection, DefinitionVersion saved, IEnumerable<Problem> warnings) =>
        Results.Created($"/api/programs/{programId}/{collection}/{saved.Id}/versions/{saved.Version}",
            new { id = saved.Id, version = saved.Version, saved.SavedBy, saved.SavedAt, warnings });
}
