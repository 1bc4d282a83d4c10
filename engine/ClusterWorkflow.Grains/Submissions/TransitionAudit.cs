using ClusterWorkflow.Abstractions.Audit;
using ClusterWorkflow.Domain.Workflow;

namespace ClusterWorkflow.Grains.Submissions;

/// <summary>The program-wide audit entry of a fired transition (the submission keeps its own trail too).</summary>
public static class TransitionAudit
{
    public static AuditEntry Of(string submissionKey, WorkflowAuditEntry entry)
    {
        var comment = string.IsNullOrWhiteSpace(entry.Comment) ? "" : $" Comment: {entry.Comment}";
        return new AuditEntry(
            AuditKinds.Workflow,
            entry.Trigger,
            entry.ActorId,
            entry.At,
            Subject: submissionKey,
            From: entry.From,
            To: entry.To,
            Detail: $"{entry.ActorId} (as {entry.ActedAs}) fired '{entry.Trigger}' on revision {entry.Revision}: {entry.From} → {entry.To}.{comment}");
    }
}
