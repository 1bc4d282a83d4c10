using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Abstractions.Definitions;
using ClusterWorkflow.Domain.Workflow;
using ClusterWorkflow.Host.Auth;

namespace ClusterWorkflow.Host.Api;

/// <summary>
/// Review workflows as versioned definitions: save (program managers; checked, every problem with
/// its JSON path; a save over a newer version is a 409), list, read any version, the Mermaid diagram.
/// </summary>
public static class WorkflowEndpoints
{
    public static IEndpointRouteBuilder MapWorkflowEndpoints(this IEndpointRouteBuilder app)
    {
        var workflows = app.MapGroup("/api/programs/{programId}/workflows").WithTags("Workflows");
        workflows.MapGet("/", ListAsync).WithName("ListWorkflows");
        workflows.MapPost("/", SaveAsync).WithName("SaveWorkflow").RequireAuthorization(AuthPolicies.ManageDefinitions).Accepts<WorkflowDefinition>("application/json");
        workflows.MapGet("/{workflowId}", (string programId, string workflowId, IGrainFactory grains) =>
            DefinitionReads.GetLatestAsync(grains, programId, DefinitionKind.Workflow, workflowId)).WithName("GetWorkflow");
        workflows.MapGet("/{workflowId}/versions", (string programId, string workflowId, IGrainFactory grains) =>
            DefinitionReads.ListVersionsAsync(grains, programId, DefinitionKind.Workflow, workflowId)).WithName("ListWorkflowVersions");
        workflows.MapGet("/{workflowId}/versions/{version:int}", (string programId, string workflowId, int version, IGrainFactory grains) =>
            DefinitionReads.GetVersionAsync(grains, programId, DefinitionKind.Workflow, workflowId, version)).WithName("GetWorkflowVersion");
        workflows.MapGet("/{workflowId}/mermaid", MermaidAsync).WithName("GetWorkflowMermaid");
        app.MapPost("/api/workflows/check", CheckAsync).WithTags("Workflows").WithName("CheckWorkflow").Accepts<WorkflowDefinition>("application/json");
        return app;
    }

    private static async Task<IResult> ListAsync(string programId, IGrainFactory grains)
    {
        if (await ProgramLookup.MissingAsync(programId, grains) is { } missing) return missing;
        var latest = await DefinitionReads.LatestAsync(grains, programId, DefinitionKind.Workflow);
        return Results.Ok(latest.Select(v => new
        {
            id = v.Id,
            version = v.Version,
            name = WorkflowDefinitionJson.Parse(v.Content, int.MaxValue).Definition?.Name,
            v.SavedBy,
            v.SavedAt,
        }));
    }

    /// <summary>
    /// Body: the workflow definition. <c>?basedOnVersion=N</c> is the version the editor started from;
    /// the saved version number is set here, whatever the body says.
    /// </summary>
    private static async Task<IResult> SaveAsync(string programId, HttpContext context, IGrainFactory grains, WorkflowEngine engine, int? basedOnVersion)
    {
        var actor = context.Actor();
        if (await ProgramLookup.MissingAsync(programId, grains) is { } missing) return missing;
        using var reader = new StreamReader(context.Request.Body);
        var (parsed, parseProblem) = WorkflowDefinitionJson.Parse(await reader.ReadToEndAsync(), engine.Options.MaxDefinitionChars);
        if (parsed is null) return ApiResults.Invalid(Describe([parseProblem!]));
        if (Identifier.Check(parsed.Id, "$.id") is { } badId) return ApiResults.Invalid([badId]);

        var grain = DefinitionReads.Grain(grains, programId, DefinitionKind.Workflow, parsed.Id);
        var basis = basedOnVersion ?? (await grain.GetLatestAsync())?.Version ?? 0;
        var definition = parsed with { Version = basis + 1 };
        var compiled = engine.Compile(definition);
        if (!compiled.IsValid) return ApiResults.Invalid(Describe(compiled.Problems));

        var outcome = await grain.SaveAsync(WorkflowDefinitionJson.Write(definition), actor.UserId, basis, null);
        return ApiResults.From(outcome, saved => DefinitionReads.Created(programId, "workflows", saved, Describe(compiled.Warnings)));
    }

    private static async Task<IResult> CheckAsync(HttpRequest request, WorkflowEngine engine)
    {
        using var reader = new StreamReader(request.Body);
        var compiled = engine.Load(await reader.ReadToEndAsync());
        return Results.Ok(new { valid = compiled.IsValid, problems = compiled.Problems.Select(p => new { severity = p.Severity.ToString().ToLowerInvariant(), path = p.Path, message = p.Message }) });
    }

    /// <summary>The diagram of the latest version, or of <c>?version=N</c>, as Mermaid text.</summary>
    private static async Task<IResult> MermaidAsync(string programId, string workflowId, IGrainFactory grains, WorkflowEngine engine, int? version)
    {
        var grain = DefinitionReads.Grain(grains, programId, DefinitionKind.Workflow, workflowId);
        var stored = !Identifier.IsValid(programId) ? null : version is { } v ? await grain.GetVersionAsync(v) : await grain.GetLatestAsync();
        if (stored is null) return ApiResults.NotFound(version is null ? "workflow" : $"version {version} of workflow", workflowId, version is null ? "workflowId" : "version");
        var compiled = engine.Load(stored.Content);
        return compiled.Workflow is { } workflow
            ? Results.Text(workflow.ToMermaid(), "text/plain")
            : ApiResults.Invalid(Describe(compiled.Problems));
    }

    private static List<Problem> Describe(IEnumerable<WorkflowProblem> problems) =>
        problems.Select(p => new Problem(p.Severity == WorkflowProblemSeverity.Error ? "workflow-definition" : "workflow-warning", p.Message, p.Path)).ToList();
}
