using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace ClusterWorkflow.Host.Api;

/// <summary>
/// The last line of defence: no exception leaves the API as a stack trace. A body that is not valid
/// JSON (or not of the expected shape) is the caller's mistake and answers 400 with the place;
/// anything else is ours and answers 500 with a reference to the log.
/// </summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail) = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } => (400, "The request body is not valid JSON", Describe(json)),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => (413, "The request is too large", TooLarge(context)),
            BadHttpRequestException bad => (bad.StatusCode, "The request is not valid", bad.Message),
            _ => (500, "Something went wrong on the server", $"The error was logged with trace id {context.TraceIdentifier}. Try again; if it persists, report that id."),
        };
        if (status >= 500)
            log.LogError(exception, "Unhandled error for {Method} {Path}", context.Request.Method, context.Request.Path);

        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }

    /// <summary>What a 413 says: the limit, and how to get under it or have it raised.</summary>
    public static string TooLarge(HttpContext context) =>
        $"The request body is larger than the {Limits.RequestSizeLimits.LimitOf(context):N0} bytes this host accepts for " +
        (context.Request.HasFormContentType ? "an upload" : "a request body") +
        ". Send less (split a roster into smaller files), or ask an administrator to raise requests.maxUploadBytes or requests.maxBodyBytes (PUT /api/settings/limits).";

    private static string Describe(JsonException json)
    {
        var where = json.Path is { Length: > 0 } path ? $" at {path}" : "";
        var line = json.LineNumber is { } l ? $" (line {l + 1}, position {json.BytePositionInLine + 1})" : "";
        var reason = json.Message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal)
            ? "the value has the wrong type or is not one of the allowed values."
            : FirstSentence(json.InnerException?.Message ?? json.Message);
        return $"The body could not be read{where}{line}: {reason} Send a JSON object with the fields this endpoint documents.";
    }

    // System.Text.Json appends its own "Path: … | LineNumber: …" to messages; the place is said above.
    private static string FirstSentence(string message)
    {
        foreach (var marker in new[] { " Path:", " LineNumber:" })
        {
            var cut = message.IndexOf(marker, StringComparison.Ordinal);
            if (cut > 0) message = message[..cut];
        }
        return message;
    }
}
