namespace ClusterWorkflow.Domain.Workflow;

/// <summary>
/// Decides a fire before Stateless sees it, so every refusal has a reason a person can act on.
/// The checks run cheapest and least revealing first: revision, trigger in this state, role,
/// scope, comment, and only then the guard scripts, which never run for someone not allowed to act.
/// </summary>
internal static class TransitionResolver
{
    public static TransitionResolution Resolve(CompiledWorkflow workflow, SubmissionWorkflow current, WorkflowFireRequest request)
    {
        var state = current.CurrentState;
        var trigger = request.Trigger;
        var definition = workflow.Definition;
        if (current.DefinitionId != definition.Id || current.DefinitionVersion != definition.Version)
        {
            return TransitionResolution.Refuse(WorkflowRefusalReason.DefinitionMismatch,
                $"This submission runs on workflow \"{current.DefinitionId}\" v{current.DefinitionVersion}, not \"{definition.Id}\" v{definition.Version}; load the version the submission names.");
        }
        if (request.BasedOnRevision != current.Revision)
        {
            var last = current.Audit.LastOrDefault();
            var since = last is null ? "" : $"; the last action was \"{last.Trigger}\" by {last.ActorId}";
            return TransitionResolution.Refuse(WorkflowRefusalReason.Conflict,
                $"The submission has changed since you loaded it (you acted on revision {request.BasedOnRevision}, it is now at revision {current.Revision}, in state \"{state}\"{since}). Reload it and try again.");
        }
        if (!workflow.Triggers.Contains(trigger, StringComparer.Ordinal))
        {
            return TransitionResolution.Refuse(WorkflowRefusalReason.UnknownTrigger,
                $"\"{trigger}\" is not an action of workflow \"{definition.Id}\" v{definition.Version}; its actions are {string.Join(", ", workflow.Triggers)}.");
        }
        var candidates = workflow.TransitionsFrom(state, trigger);
        if (candidates.Count == 0)
        {
            var here = workflow.TriggersFrom(state).ToList();
            var allowed = workflow.IsFinal(state) ? "it is final, so nothing more can be done" : here.Count == 0 ? "no action is possible there" : $"possible there: {string.Join(", ", here)}";
            return TransitionResolution.Refuse(WorkflowRefusalReason.NotPermittedInState,
                $"\"{trigger}\" cannot be done while the submission is in \"{state}\" ({allowed}).");
        }
        var byRole = candidates.Where(c => CompiledWorkflow.AllowedRoles(c.Transition, request.Actor).Any()).ToList();
        if (byRole.Count == 0)
        {
            var needed = candidates.SelectMany(c => c.Transition.Roles).Distinct(StringComparer.Ordinal);
            var has = request.Actor.Roles.Count == 0 ? "no role" : $"the role(s) {string.Join(", ", request.Actor.Roles)}";
            return TransitionResolution.Refuse(WorkflowRefusalReason.RoleNotAllowed,
                $"\"{trigger}\" in \"{state}\" needs one of the roles {string.Join(", ", needed)}; {request.Actor.Id} has {has}.");
        }
        var inScope = byRole
            .Select(c => (Candidate: c, Role: CompiledWorkflow.AllowedRoles(c.Transition, request.Actor).FirstOrDefault(r => request.Scope.Covers(request.Actor, r))))
            .Where(x => x.Role is not null)
            .ToList();
        if (inScope.Count == 0)
        {
            var roles = byRole.SelectMany(c => CompiledWorkflow.AllowedRoles(c.Transition, request.Actor)).Distinct(StringComparer.Ordinal);
            return TransitionResolution.Refuse(WorkflowRefusalReason.OutOfScope,
                $"{request.Actor.Id} is {string.Join(" / ", roles)} but not for this submission (another cluster, district or level), so cannot \"{trigger}\" it.");
        }
        if (inScope.Any(x => x.Candidate.Transition.CommentRequired) && string.IsNullOrWhiteSpace(request.Comment))
        {
            return TransitionResolution.Refuse(WorkflowRefusalReason.CommentRequired,
                $"\"{trigger}\" needs a comment: say what has to be fixed, so the person who acts next knows.");
        }
        if (request.Comment is { } comment && comment.Length > workflow.Options.MaxCommentChars)
        {
            return TransitionResolution.Refuse(WorkflowRefusalReason.CommentTooLong,
                $"The comment has {comment.Length:N0} characters; the limit is {workflow.Options.MaxCommentChars:N0}. Shorten it.");
        }
        return ResolveGuards(workflow, current, request, inScope);
    }

    private static TransitionResolution ResolveGuards(CompiledWorkflow workflow, SubmissionWorkflow current, WorkflowFireRequest request, List<(IndexedTransition Candidate, string? Role)> candidates)
    {
        IReadOnlyDictionary<string, object?>? variables = null;
        var passed = new List<(IndexedTransition Candidate, string? Role)>();
        var failed = new List<IndexedTransition>();
        foreach (var (candidate, role) in candidates)
        {
            var guard = candidate.Transition.Guard;
            if (guard is null)
            {
                passed.Add((candidate, role));
                continue;
            }
            variables ??= GuardVariables.For(current, request);
            var outcome = workflow.Guards.Evaluate($"{workflow.Definition.Id}.transitions[{candidate.Index}].guard", guard, variables, request.CancellationToken);
            if (outcome.Error is { } error)
            {
                return TransitionResolution.Refuse(WorkflowRefusalReason.GuardError,
                    $"The condition of \"{request.Trigger}\" could not be checked: {error}. Tell the program manager; the workflow definition needs fixing.");
            }
            if (outcome.Passed)
            {
                passed.Add((candidate, role));
            }
            else
            {
                failed.Add(candidate);
            }
        }
        return passed.Count switch
        {
            1 => new TransitionResolution(passed[0].Candidate, passed[0].Role, null),
            0 => TransitionResolution.Refuse(WorkflowRefusalReason.GuardFailed, string.Join(" ", failed.Select(GuardMessage).Distinct(StringComparer.Ordinal))),
            _ => TransitionResolution.Refuse(WorkflowRefusalReason.Ambiguous,
                $"\"{request.Trigger}\" could go to {string.Join(" or ", passed.Select(p => $"\"{p.Candidate.Transition.To}\""))}: more than one condition is true. Tell the program manager; the guards of workflow \"{workflow.Definition.Id}\" must exclude each other."),
        };
    }

    private static string GuardMessage(IndexedTransition failed) =>
        failed.Transition.GuardMessage ?? $"\"{failed.Transition.Trigger}\" is not possible yet: the condition {failed.Transition.Guard?.Trim()} is not met.";
}
