namespace ClusterWorkflow.Abstractions.Common;

/// <summary>Why a command did or did not happen; the API maps each to an HTTP status.</summary>
[GenerateSerializer, Alias("cw.outcome-status")]
public enum OutcomeStatus
{
    Ok,
    /// <summary>The input breaks a rule (400).</summary>
    Invalid,
    /// <summary>The thing named does not exist (404).</summary>
    NotFound,
    /// <summary>The thing exists already or changed since the caller read it (409).</summary>
    Conflict,
    /// <summary>The caller may not do this (403).</summary>
    Forbidden,
}
