namespace ClusterWorkflow.Domain.Workflow;

/// <summary>Ready-made <see cref="IActorScope"/>s.</summary>
public static class ActorScope
{
    /// <summary>Every actor is in scope in every role: for tools and tests, never for people's requests.</summary>
    public static IActorScope Everywhere { get; } = new DelegateScope((_, _) => true);

    /// <summary>Scope decided by a predicate over the actor and the role they would act in.</summary>
    public static IActorScope From(Func<WorkflowActor, string, bool> covers) => new DelegateScope(covers);

    private sealed class DelegateScope(Func<WorkflowActor, string, bool> covers) : IActorScope
    {
        public bool Covers(WorkflowActor actor, string role) => covers(actor, role);
    }
}
