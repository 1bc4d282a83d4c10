using ClusterWorkflow.Domain.Periods;

namespace ClusterWorkflow.Domain.PilotData;

/// <summary>The fixed profile of a sample enterprise; its monthly figures are roster rows.</summary>
public sealed record PilotEnterprise
{
    /// <summary>Stable id, unique across the program and never reused, e.g. <c>bdn01-0042</c>.</summary>
    public string Id { get; init; } = "";

    public string ClusterId { get; init; } = "";

    /// <summary><c>female</c>, <c>male</c> or <c>other</c>.</summary>
    public string OwnerGender { get; init; } = "";

    /// <summary><c>SC</c>, <c>ST</c>, <c>OBC</c> or <c>general</c>.</summary>
    public string SocialCategory { get; init; } = "";

    /// <summary>True for an enterprise with hired workers (about 4.7 workers), false for own-account (about 1.2).</summary>
    public bool HiresWorkers { get; init; }

    /// <summary>The month it first appears on the roster (a new start when later than the program's first month).</summary>
    public Period FirstPeriod { get; init; } = Period.Month(2025, 11);
}
