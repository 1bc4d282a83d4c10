namespace ClusterWorkflow.Host.Api;

/// <summary>The review cycle's API in one call: workflows, plans, rounds, submissions, the inbox.</summary>
public static class ReviewEndpoints
{
    public static IEndpointRouteBuilder MapReviewEndpoints(this IEndpointRouteBuilder app) => app
        .MapWorkflowEndpoints()
        .MapPlanEndpoints()
        .MapRoundEndpoints()
        .MapSubmissionEndpoints()
        .MapInboxEndpoints();
}
