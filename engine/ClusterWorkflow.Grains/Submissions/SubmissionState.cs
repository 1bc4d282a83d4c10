using ClusterWorkflow.Abstractions.Submissions;
using ClusterWorkflow.Domain.Forms.Validation;
using ClusterWorkflow.Domain.Kpis;
using ClusterWorkflow.Domain.Workflow;

namespace ClusterWorkflow.Grains.Submissions;

[GenerateSerializer, Alias("cw.submission-state")]
public sealed class SubmissionState
{
    /// <summary>Mirror of <see cref="Workflow"/>'s current state, for operators reading the stored row.</summary>
    [Id(0)] public string State { get; set; } = "";

    /// <summary>Mirror of <see cref="Workflow"/>'s revision.</summary>
    [Id(1)] public long Revision { get; set; }

    /// <summary>The round's plan slice; null until the round opened this submission.</summary>
    [Id(2)] public SubmissionPlan? Plan { get; set; }

    /// <summary>The workflow record (state, revision, comments, audit), owned here and driven by the domain.</summary>
    [Id(3)] public SubmissionWorkflow? Workflow { get; set; }

    /// <summary>Every saved version of the data, oldest first; never changed once added.</summary>
    [Id(4)] public List<DataRevision> DataRevisions { get; set; } = [];

    /// <summary>The problems of the latest validation (errors and warnings).</summary>
    [Id(5)] public List<FieldProblem> Problems { get; set; } = [];

    /// <summary>The latest data as validation cleaned it (typed values, calculations), which KPIs and history use.</summary>
    [Id(6)] public SubmissionData? Cleaned { get; set; }

    /// <summary>The data revision (count of <see cref="DataRevisions"/>) that <see cref="Problems"/> and <see cref="Cleaned"/> belong to; null before the first validation.</summary>
    [Id(7)] public int? ValidatedDataRevision { get; set; }

    [Id(8)] public KpiClusterResult? Kpis { get; set; }
}
