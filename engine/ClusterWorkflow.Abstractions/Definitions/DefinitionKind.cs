namespace ClusterWorkflow.Abstractions.Definitions;

/// <summary>The things a program manager designs without code; each is versioned.</summary>
[GenerateSerializer, Alias("cw.definition-kind")]
public enum DefinitionKind
{
    Form,
    Workflow,
    KpiPack,
    ReportTemplate,
    MonitoringPlan,
}
