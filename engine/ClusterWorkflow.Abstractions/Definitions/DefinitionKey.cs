using ClusterWorkflow.Abstractions.Rounds;

namespace ClusterWorkflow.Abstractions.Definitions;

/// <summary>A definition grain's key: <c>program~kind~id</c>, e.g. <c>nretp~form~enterprise-roster</c>.</summary>
public static class DefinitionKey
{
    public static string For(string programId, DefinitionKind kind, string id) =>
        string.Join(RoundKey.Separator, programId, KindName(kind), id);

    public static string KindName(DefinitionKind kind) => kind switch
    {
        DefinitionKind.Form => "form",
        DefinitionKind.Workflow => "workflow",
        DefinitionKind.KpiPack => "kpi-pack",
        DefinitionKind.ReportTemplate => "template",
        DefinitionKind.MonitoringPlan => "plan",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static (string ProgramId, DefinitionKind Kind, string Id) Parse(string key)
    {
        var parts = key.Split(RoundKey.Separator, 3);
        var kind = Enum.GetValues<DefinitionKind>().Single(k => KindName(k) == parts[1]);
        return (parts[0], kind, parts[2]);
    }
}
