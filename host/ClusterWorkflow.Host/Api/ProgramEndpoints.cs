using ClusterWorkflow.Abstractions.Clusters;
using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Abstractions.Programs;
using ClusterWorkflow.Host.Auth;

namespace ClusterWorkflow.Host.Api;

/// <summary>Programs and their clusters: <c>/api/programs</c>, <c>/api/clusters</c>.</summary>
public static class ProgramEndpoints
{
    public static IEndpointRouteBuilder MapProgramEndpoints(this IEndpointRouteBuilder app)
    {
        var programs = app.MapGroup("/api/programs").WithTags("Programs");
        programs.MapPost("/", CreateProgramAsync).WithName("CreateProgram").RequireAuthorization(AuthPolicies.ManageDefinitions);
        programs.MapGet("/{programId}", GetProgramAsync).WithName("GetProgram");
        programs.MapPost("/{programId}/clusters", AddClusterAsync).WithName("AddCluster").RequireAuthorization(AuthPolicies.ManageDefinitions);
        programs.MapGet("/{programId}/clusters", ListClustersAsync).WithName("ListClusters");

        app.MapGet("/api/clusters/{clusterId}", GetClusterAsync).WithTags("Clusters").WithName("GetCluster");
        app.MapGet("/api/clusters/{clusterId}/host", GetClusterHostAsync).WithTags("Clusters").WithName("GetClusterHost").RequireAuthorization(AuthPolicies.Admin);
        return app;
    }

    private static async Task<IResult> CreateProgramAsync(CreateProgramRequest request, IGrainFactory grains)
    {
        if (request.Check() is { Count: > 0 } problems) return ApiResults.Invalid(problems);
        var outcome = await grains.GetGrain<IProgramGrain>(request.Id!).CreateAsync(request.Name!);
        return ApiResults.From(outcome, program => Results.Created($"/api/programs/{program.Id}", program));
    }

    /// <summary>The program, naming only the clusters the caller may read.</summary>
    private static async Task<IResult> GetProgramAsync(string programId, IGrainFactory grains, HttpContext context)
    {
        if (!Identifier.IsValid(programId)) return ApiResults.NotFound("program", programId, "programId");
        var grain = grains.GetGrain<IProgramGrain>(programId);
        if (await grain.GetAsync() is not { } program) return ApiResults.NotFound("program", programId, "programId");
        var readable = ClusterAccess.Readable(context, await grain.ListClustersAsync()).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        return Results.Ok(program with { ClusterIds = program.ClusterIds.Where(readable.Contains).ToList() });
    }

    private static async Task<IResult> AddClusterAsync(string programId, AddClusterRequest request, IGrainFactory grains)
    {
        if (!Identifier.IsValid(programId)) return ApiResults.NotFound("program", programId, "programId");
        if (request.Check() is { Count: > 0 } problems) return ApiResults.Invalid(problems);
        var outcome = await grains.GetGrain<IProgramGrain>(programId).AddClusterAsync(request.ToProfile(programId));
        return ApiResults.From(outcome, cluster => Results.Created($"/api/clusters/{cluster.Id}", cluster));
    }

    private static async Task<IResult> ListClustersAsync(string programId, IGrainFactory grains, HttpContext context)
    {
        if (!Identifier.IsValid(programId)) return ApiResults.NotFound("program", programId, "programId");
        var program = grains.GetGrain<IProgramGrain>(programId);
        if (await program.GetAsync() is null) return ApiResults.NotFound("program", programId, "programId");
        return Results.Ok(ClusterAccess.Readable(context, await program.ListClustersAsync()));
    }

    private static async Task<IResult> GetClusterAsync(string clusterId, IGrainFactory grains, HttpContext context)
    {
        var (cluster, refusal) = await ClusterAccess.ReadAsync(context, grains, clusterId);
        return refusal ?? Results.Ok(cluster);
    }

    /// <summary>Which silo hosts the cluster's grain now: for operators watching several silos.</summary>
    private static async Task<IResult> GetClusterHostAsync(string clusterId, IGrainFactory grains)
    {
        if (!Identifier.IsValid(clusterId)) return ApiResults.NotFound("cluster", clusterId, "clusterId");
        var silo = await grains.GetGrain<IClusterGrain>(clusterId).GetHostSiloAsync();
        return Results.Ok(new { clusterId, silo });
    }
}
