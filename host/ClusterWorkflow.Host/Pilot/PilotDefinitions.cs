using ClusterWorkflow.Abstractions.Definitions;
using ClusterWorkflow.Domain.Forms;
using ClusterWorkflow.Domain.Forms.Validation;
using ClusterWorkflow.Domain.Workflow;
using ClusterWorkflow.Host.Kpis;
using ClusterWorkflow.Host.Plans;

namespace ClusterWorkflow.Host.Pilot;

/// <summary>
/// Saves the pilot's shipped definitions (the two forms, the review workflow, the monthly plan, from
/// <c>templates/</c> beside the binaries) into a program, with the checks the definition endpoints
/// make. A definition the program has already is left as it is — an administrator may have edited it —
/// so seeding twice adds no version.
/// </summary>
public sealed class PilotDefinitions(IGrainFactory grains, FormValidator forms, WorkflowEngine workflows, KpiPackRegistry packs)
{
    public const string RosterFormId = "enterprise_roster_monthly";
    public const string ClusterFormId = "cluster_quarterly";
    public const string WorkflowId = "pilot-review";
    public const string PlanId = "pilot-monthly";

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "templates");

    /// <summary>Saves what is missing; answers how many definitions were saved now.</summary>
    public async Task<int> EnsureAsync(string programId, string savedBy)
    {
        var saved = 0;
        foreach (var file in new[] { "enterprise-roster-monthly.json", "cluster-quarterly.json" })
        {
            var (form, problems) = FormDefinitionJson.Read(await ReadAsync("forms", file));
            var all = form is null ? problems : forms.ValidateDefinition(form);
            if (form is null || all.Count > 0) throw Broken(file, all.Select(p => p.ToString()));
            saved += await SaveIfMissingAsync(programId, DefinitionKind.Form, form.Id, FormDefinitionJson.Write(form with { Version = 1 }), savedBy);
        }

        var (workflow, workflowProblem) = WorkflowDefinitionJson.Parse(await ReadAsync("workflows", "pilot-review.json"), workflows.Options.MaxDefinitionChars);
        if (workflow is null) throw Broken("pilot-review.json", [workflowProblem!.Message]);
        var compiled = workflows.Compile(workflow with { Version = 1 });
        if (!compiled.IsValid) throw Broken("pilot-review.json", compiled.Problems.Select(p => p.Message));
        saved += await SaveIfMissingAsync(programId, DefinitionKind.Workflow, workflow.Id, WorkflowDefinitionJson.Write(workflow with { Version = 1 }), savedBy);

        // The plan names the forms, workflow and KPI pack above, so it is checked once they are saved.
        var (plan, planProblems) = MonitoringPlanJson.Read(await ReadAsync("plans", "pilot-monthly.json"));
        if (plan is null || planProblems.Count > 0) throw Broken("pilot-monthly.json", planProblems.Select(p => p.Message));
        var references = await PlanResolver.CheckReferencesAsync(grains, packs, programId, plan);
        if (references.Count > 0) throw Broken("pilot-monthly.json", references.Select(p => p.Message));
        saved += await SaveIfMissingAsync(programId, DefinitionKind.MonitoringPlan, plan.Id, MonitoringPlanJson.Write(plan), savedBy);
        return saved;
    }

    private async Task<int> SaveIfMissingAsync(string programId, DefinitionKind kind, string id, string content, string savedBy)
    {
        var grain = grains.GetGrain<IDefinitionGrain>(DefinitionKey.For(programId, kind, id));
        if (await grain.GetLatestAsync() is not null) return 0;
        var outcome = await grain.SaveAsync(content, savedBy, 0, "shipped pilot definition");
        // Another seeder saved it first: what it saved is the shipped definition too.
        if (outcome.Status == Abstractions.Common.OutcomeStatus.Conflict) return 0;
        if (!outcome.Succeeded)
            throw new InvalidOperationException($"Saving the pilot's {DefinitionKey.KindName(kind)} '{id}' failed: {string.Join(" ", outcome.Problems.Select(p => p.Message))}");
        return 1;
    }

    private static async Task<string> ReadAsync(string folder, string file)
    {
        var path = Path.Combine(Folder, folder, file);
        return File.Exists(path)
            ? await File.ReadAllTextAsync(path)
            : throw new InvalidOperationException($"The pilot's definition {path} is missing; it ships beside the host's binaries (templates/{folder}/{file}).");
    }

    private static InvalidOperationException Broken(string file, IEnumerable<string> problems) =>
        new($"The shipped pilot definition {file} does not pass its checks: {string.Join(" ", problems)}");
}
