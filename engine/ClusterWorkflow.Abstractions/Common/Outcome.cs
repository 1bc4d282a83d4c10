namespace ClusterWorkflow.Abstractions.Common;

/// <summary>
/// What a grain command answers: the value, or the problems that stopped it. Bad input is an answer,
/// not an exception, so that the API can turn it into problem details and nothing stored changes.
/// </summary>
[GenerateSerializer, Immutable, Alias("cw.outcome`1")]
public sealed record Outcome<T>(T? Value, OutcomeStatus Status, IReadOnlyList<Problem> Problems)
{
    public bool Succeeded => Status == OutcomeStatus.Ok;

    public static Outcome<T> Ok(T value) => new(value, OutcomeStatus.Ok, []);

    public static Outcome<T> Fail(OutcomeStatus status, string code, string message, string? field = null) =>
        new(default, status, [new Problem(code, message, field)]);

    public static Outcome<T> Invalid(IReadOnlyList<Problem> problems) => new(default, OutcomeStatus.Invalid, problems);
}
