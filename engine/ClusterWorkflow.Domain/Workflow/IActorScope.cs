namespace ClusterWorkflow.Domain.Workflow;

/// <summary>
/// The caller's answer to "may this person act in this role on this submission?": the TSA of
/// that cluster, the reviewer of that district and level. The workflow checks the role; the scope
/// is the caller's knowledge, supplied per fire.
/// </summary>
public interface IActorScope
{
    bool Covers(WorkflowActor actor, string role);
}
