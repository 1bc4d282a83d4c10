namespace ClusterWorkflow.Host.Operations;

/// <summary>
/// What an operator tunes about logs and metrics. Bound from <c>ClusterWorkflow:Operations</c>;
/// <c>--log-format json</c> sets <see cref="LogFormat"/>.
/// </summary>
public sealed class OperationsOptions
{
    public const string Section = "ClusterWorkflow:Operations";

    /// <summary>
    /// <c>text</c> (default: the console's readable lines) or <c>json</c>: one JSON object per line
    /// with the request id, for a log collector.
    /// </summary>
    public string LogFormat { get; set; } = "text";

    /// <summary>
    /// Whether <c>/metrics</c> and <c>/health/details</c> answer callers on other machines when they are
    /// signed in as an admin. Callers on the loopback address are always answered without sign-in,
    /// so a scraper on the same machine needs no credentials. Default true.
    /// </summary>
    public bool AllowRemoteAdmins { get; set; } = true;

    public bool JsonLogs => LogFormat.Trim().ToLowerInvariant() switch
    {
        "json" => true,
        "text" or "" => false,
        _ => throw new Hosting.HostStartException($"Unknown log format '{LogFormat}'. Use --log-format text (the default) or --log-format json."),
    };
}
