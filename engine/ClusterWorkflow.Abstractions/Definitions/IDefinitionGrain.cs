using ClusterWorkflow.Abstractions.Common;

namespace ClusterWorkflow.Abstractions.Definitions;

/// <summary>
/// The versions of one definition [key: program~kind~id]. Content is checked by the caller's domain
/// code before it gets here; the grain keeps versions append-only and guards against stale saves.
/// </summary>
[Alias("cw.definition")]
public interface IDefinitionGrain : IGrainWithStringKey
{
    /// <summary>
    /// Saves a new version. <paramref name="basedOnVersion"/> is the version the editor started
    /// from (0 for a new definition, null to skip the check); if another version was saved since,
    /// the answer is a conflict and nothing changes. Saving content equal to the latest version
    /// answers that version without adding one, so a retried save does not count twice.
    /// </summary>
    [Alias("save")]
    Task<Outcome<DefinitionVersion>> SaveAsync(string content, string savedBy, int? basedOnVersion, string? note);

    /// <summary>The latest version, or null when nothing was saved.</summary>
    [Alias("latest")]
    Task<DefinitionVersion?> GetLatestAsync();

    /// <summary>A given version, or null when there is no such version.</summary>
    [Alias("version")]
    Task<DefinitionVersion?> GetVersionAsync(int version);

    /// <summary>Every version, oldest first, without their content's size mattering to the caller.</summary>
    [Alias("history")]
    Task<IReadOnlyList<DefinitionVersion>> GetHistoryAsync();
}
