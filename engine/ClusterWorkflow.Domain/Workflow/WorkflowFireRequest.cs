namespace ClusterWorkflow.Domain.Workflow;

/// <summary>A person's request to fire a trigger on a submission.</summary>
public sealed record WorkflowFireRequest
{
    public required string Trigger { get; init; }

    public required WorkflowActor Actor { get; init; }

    /// <summary>The revision the actor saw; when the submission has moved on, the fire is a conflict.</summary>
    public required long BasedOnRevision { get; init; }

    /// <summary>The caller's scope check for this submission.</summary>
    public required IActorScope Scope { get; init; }

    public string? Comment { get; init; }

    /// <summary>A client-made id: the same request sent twice is performed once.</summary>
    public string? RequestId { get; init; }

    /// <summary>
    /// Supplies the guard variables (e.g. <c>submission</c>, <c>validation</c>, <c>kpis</c>). Called only
    /// when a guard has to be evaluated, so the caller can run validation lazily, at most once per fire.
    /// </summary>
    public Func<IReadOnlyDictionary<string, object?>>? GuardVariables { get; init; }

    public CancellationToken CancellationToken { get; init; }
}
