using ClusterWorkflow.Abstractions.Common;

namespace ClusterWorkflow.Host.Api;

/// <summary>Turns grain outcomes and request problems into HTTP answers (RFC 7807 problem details).</summary>
public static class ApiResults
{
    public static IResult From<T>(Outcome<T> outcome, Func<T, IResult> onSuccess) =>
        outcome.Succeeded ? onSuccess(outcome.Value!) : Problems(outcome.Status, outcome.Problems);

    public static IResult Problems(OutcomeStatus status, IReadOnlyList<Problem> problems)
    {
        var (code, title) = status switch
        {
            OutcomeStatus.NotFound => (StatusCodes.Status404NotFound, "Not found"),
            OutcomeStatus.Conflict => (StatusCodes.Status409Conflict, "Conflict"),
            OutcomeStatus.Forbidden => (StatusCodes.Status403Forbidden, "Not allowed"),
            _ => (StatusCodes.Status400BadRequest, "The request has problems"),
        };
        return Results.Problem(
            title: title,
            detail: string.Join(" ", problems.Select(p => p.Message)),
            statusCode: code,
            extensions: new Dictionary<string, object?> { ["problems"] = problems });
    }

    public static IResult Invalid(IReadOnlyList<Problem> problems) => Problems(OutcomeStatus.Invalid, problems);

    public static IResult NotFound(string what, string id, string field) =>
        Problems(OutcomeStatus.NotFound, [new Problem("not-found", $"There is no {what} '{id}'.", field)]);
}
