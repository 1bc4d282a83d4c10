namespace ClusterWorkflow.Domain.Workflow;

/// <summary>The fixed set of entry actions; the grain performs them, the domain only reports them.</summary>
public enum WorkflowAction
{
    /// <summary>Validate the submission's data and keep the results (warnings travel to the reviewer).</summary>
    Validate,

    /// <summary>Compute the KPI values of the submission.</summary>
    ComputeKpis,

    /// <summary>Tell the people who act next (an in-app notification).</summary>
    Notify,

    /// <summary>Publish the approved data and KPI values to the cluster's history and the round's progress.</summary>
    Publish,

    /// <summary>Render the review report.</summary>
    RenderReport,
}
