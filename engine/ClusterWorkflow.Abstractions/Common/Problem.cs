namespace ClusterWorkflow.Abstractions.Common;

/// <summary>
/// One thing wrong with a request, said so that a person can fix it: what (<paramref name="Message"/>),
/// where (<paramref name="Field"/>, a path such as <c>roster[37].revenue_total</c>) and a stable code.
/// </summary>
[GenerateSerializer, Immutable, Alias("cw.problem")]
public sealed record Problem(string Code, string Message, string? Field = null);
