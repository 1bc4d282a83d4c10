using ClusterWorkflow.Abstractions.Audit;
using ClusterWorkflow.Abstractions.Definitions;

namespace ClusterWorkflow.Grains.Definitions;

/// <summary>The audit entry of a saved definition version: who changed which definition, from which version to which.</summary>
public static class DefinitionAudit
{
    public static AuditEntry Saved(DefinitionVersion version, int previous)
    {
        var kind = DefinitionKey.KindName(version.Kind);
        var was = previous == 0 ? "new" : $"was version {previous}";
        var note = string.IsNullOrWhiteSpace(version.Note) ? "" : $" Note: {version.Note}";
        return new AuditEntry(
            AuditKinds.Definition,
            "saved",
            version.SavedBy,
            version.SavedAt,
            Subject: $"{version.ProgramId}/{kind}/{version.Id}",
            From: previous == 0 ? null : previous.ToString(System.Globalization.CultureInfo.InvariantCulture),
            To: version.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Detail: $"{version.SavedBy} saved {kind} '{version.Id}' of program '{version.ProgramId}' as version {version.Version} ({was}).{note}");
    }
}
