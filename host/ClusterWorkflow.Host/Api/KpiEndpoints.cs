using System.Text.Json;
using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Abstractions.Definitions;
using ClusterWorkflow.Abstractions.Programs;
using ClusterWorkflow.Domain.Kpis;
using ClusterWorkflow.Host.Kpis;
using ClusterWorkflow.Host.Auth;

namespace ClusterWorkflow.Host.Api;

/// <summary>
/// KPI plugin packs: list them and their KPIs, upload a pack (validated before it is accepted),
/// and evaluate a pack against given data — the designer's "try it" and a roll-up over clusters.
/// </summary>
public static class KpiEndpoints
{
    public static IEndpointRouteBuilder MapKpiEndpoints(this IEndpointRouteBuilder app)
    {
        var packs = app.MapGroup("/api/programs/{programId}/kpi-packs").WithTags("KPIs");
        packs.MapGet("/", ListAsync).WithName("ListKpiPacks");
        packs.MapPost("/", UploadAsync).WithName("UploadKpiPack").RequireAuthorization(AuthPolicies.ManageDefinitions).DisableAntiforgery();
        packs.MapGet("/{packId}", GetAsync).WithName("GetKpiPack");
        packs.MapPost("/{packId}/evaluate", EvaluateAsync).WithName("EvaluateKpiPack").RequireAuthorization(AuthPolicies.ManageDefinitions);
        return app;
    }

    private static async Task<IResult> ListAsync(string programId, IGrainFactory grains, KpiPackRegistry registry)
    {
        if (await ProgramLookup.MissingAsync(programId, grains) is { } missing) return missing;
        var packs = await registry.ListAsync(grains, programId);
        return Results.Ok(packs.Select(p => new { p.Id, p.Version, p.Name, p.Description, kpis = p.Kpis.Count }));
    }

    private static async Task<IResult> GetAsync(string programId, string packId, IGrainFactory grains, KpiPackRegistry registry)
    {
        if (await ProgramLookup.MissingAsync(programId, grains) is { } missing) return missing;
        var pack = await registry.FindAsync(grains, programId, packId);
        return pack is null ? ApiResults.NotFound("KPI pack", packId, "packId") : Results.Ok(pack);
    }

    /// <summary>Multipart upload with a <c>file</c> part: a zip with manifest.json and the formula files.</summary>
    private static async Task<IResult> UploadAsync(string programId, IFormFile? file, IGrainFactory grains, KpiPackLoader loader, HttpContext context)
    {
        if (await ProgramLookup.MissingAsync(programId, grains) is { } missing) return missing;
        if (file is null || file.Length == 0)
            return ApiResults.Invalid([new Problem("no-file", "Upload the pack as a zip in a multipart form part named 'file'.", "file")]);

        KpiPackLoadResult result;
        await using (var stream = file.OpenReadStream())
            result = loader.LoadFromZip(stream);
        if (!result.Ok)
            return ApiResults.Invalid(result.Problems.Select(p => new Problem("kpi-pack", p.ToString(), p.KpiId ?? p.Where)).ToList());

        var pack = result.Pack!;
        var definition = grains.GetGrain<IDefinitionGrain>(DefinitionKey.For(programId, DefinitionKind.KpiPack, pack.Id));
        var outcome = await definition.SaveAsync(JsonSerializer.Serialize(pack, KpiPackRegistry.Json), context.Actor().UserId, null, $"uploaded {file.FileName}");
        return ApiResults.From(outcome, saved => Results.Created(
            $"/api/programs/{programId}/kpi-packs/{pack.Id}", new { pack.Id, pack.Version, kpis = pack.Kpis.Count, storedVersion = saved.Version }));
    }

    /// <summary>
    /// Body: <c>{ "clusters": [ { "clusterId", "geography", "period", "cluster": {...}, "roster": [...],
    /// "history": { "1": {...}, "12": {...} }, "round": {...} } ] }</c> or one such cluster object.
    /// Answers each cluster's values (a broken KPI as an error for that KPI only) and the roll-up.
    /// </summary>
    private static async Task<IResult> EvaluateAsync(
        string programId, string packId, JsonElement body, IGrainFactory grains, KpiPackRegistry registry, KpiEvaluator evaluator, CancellationToken cancellationToken)
    {
        if (await ProgramLookup.MissingAsync(programId, grains) is { } missing) return missing;
        var pack = await registry.FindAsync(grains, programId, packId);
        if (pack is null) return ApiResults.NotFound("KPI pack", packId, "packId");

        var (inputs, problems) = KpiInputJson.Read(body);
        if (problems.Count > 0) return ApiResults.Invalid(problems);

        var results = evaluator.EvaluateAll(pack, inputs, cancellationToken);
        var rollup = KpiRollup.Compute(pack, results, programId);
        return Results.Ok(new { pack = new { pack.Id, pack.Version }, clusters = results, rollup = rollup.Nodes });
    }

}
