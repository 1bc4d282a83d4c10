namespace ClusterWorkflow.Abstractions.Audit;

/// <summary>
/// One thing that happened, as the audit keeps it: the <paramref name="Kind"/> (see
/// <see cref="AuditKinds"/>), what was done (<paramref name="Action"/>, e.g. <c>signed-in</c>,
/// <c>saved</c>, <c>submit</c>), by whom (<paramref name="UserId"/>, the signed-in user; for a failed
/// sign-in the name that was tried), when, on what (<paramref name="Subject"/>, e.g.
/// <c>nretp/form/enterprise-roster</c> or a submission key), the versions or states before and after,
/// and a sentence for people. Never a password or a token. <paramref name="Sequence"/> is the
/// entry's place in its day, set when it is appended.
/// </summary>
[GenerateSerializer, Immutable, Alias("cw.audit-entry")]
public sealed record AuditEntry(
    string Kind,
    string Action,
    string UserId,
    DateTimeOffset At,
    string? Subject = null,
    string? From = null,
    string? To = null,
    string? Detail = null,
    long Sequence = 0);
