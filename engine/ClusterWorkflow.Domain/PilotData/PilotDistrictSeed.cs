namespace ClusterWorkflow.Domain.PilotData;

/// <summary>What the generator knows about a pilot district before it makes clusters there.</summary>
internal sealed record PilotDistrictSeed
{
    public required string StateId { get; init; }

    public required string StateName { get; init; }

    public required string DistrictId { get; init; }

    public required string DistrictName { get; init; }

    /// <summary>Three letters that start the district's cluster codes and enterprise ids.</summary>
    public required string Code { get; init; }

    public required string[] Blocks { get; init; }

    /// <summary>Dealt to clusters in turn, as the blocks are.</summary>
    public required ActivityProfile[] Activities { get; init; }

    /// <summary>Owners' social categories SC, ST, OBC, general; the weights add up to 1.</summary>
    public required double[] SocialCategoryWeights { get; init; }

    public required string TsaAgency { get; init; }

    /// <summary>Made-up names; more officers than names reuse them with a number.</summary>
    public required string[] OfficerNames { get; init; }

    public required string DistrictReviewerName { get; init; }

    public required string StateReviewerName { get; init; }

    public required string StateMission { get; init; }
}
