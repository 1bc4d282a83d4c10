using ClusterWorkflow.Abstractions.Clusters;
using ClusterWorkflow.Abstractions.Rounds;
using ClusterWorkflow.Domain.Forms;
using ClusterWorkflow.Domain.Kpis;

namespace ClusterWorkflow.Grains.Tests.Submissions;

/// <summary>
/// A small plan for the review tests: the pilot workflow from templates/, a cluster form with a
/// funds rule (spent ≤ received), a roster form, and the repository's KPI pack.
/// </summary>
internal static class ReviewPlans
{
    public const string Period = "2026-11";

    private static readonly Lazy<string> Workflow = new(() => File.ReadAllText(RepoFiles.Path("templates", "workflows", "pilot-review.json")));

    private static readonly Lazy<KpiPack> Pack = new(() =>
    {
        var loaded = new KpiPackLoader(new KpiEvaluator()).LoadFromFolder(RepoFiles.Path("plugins", "nretp-cluster-kpis"));
        return loaded.Pack ?? throw new InvalidOperationException(loaded.Describe());
    });

    public static ClusterProfile Cluster(string programId, string clusterId, string district = "dhamtari") =>
        new(clusterId, programId, "Sample Bamboo Craft Cluster (sample data)", ClusterType.Artisanal, "chhattisgarh", district, "kurud", ReviewPeople.TsaId);

    public static RoundPlan For(string programId, IReadOnlyList<ClusterProfile> clusters, DateOnly? dueDate = null, bool withKpis = true) => new(
        Period,
        dueDate ?? new DateOnly(2099, 12, 10),
        new PlanDefinition("pilot-review", 1, Workflow.Value),
        new PlanDefinition("cluster-monthly", 1, FormDefinitionJson.Write(ClusterForm())),
        new PlanDefinition("enterprise-roster", 1, FormDefinitionJson.Write(RosterForm())),
        withKpis ? Pack.Value : null,
        clusters,
        new Dictionary<string, IReadOnlyList<string>>
        {
            ["dhamtari"] = [ReviewPeople.District.UserId, ReviewPeople.DistrictColleague.UserId],
            ["budaun"] = [ReviewPeople.OtherDistrict.UserId],
        },
        new Dictionary<string, IReadOnlyList<string>> { ["chhattisgarh"] = [ReviewPeople.State.UserId] });

    public static FormDefinition ClusterForm() => new()
    {
        Id = "cluster-monthly",
        Version = 1,
        Title = new() { ["en"] = "Cluster, monthly" },
        Fields =
        [
            new FieldDefinition { Name = "trainings_held", Type = FieldType.Integer, Required = true, Min = 0, Label = new() { ["en"] = "Trainings held" } },
            new FieldDefinition { Name = "funds_received", Type = FieldType.Decimal, Required = true, Min = 0, Label = new() { ["en"] = "Funds received" } },
            new FieldDefinition
            {
                Name = "funds_spent", Type = FieldType.Decimal, Required = true, Min = 0, Label = new() { ["en"] = "Funds spent" },
                Constraint = "value <= funds_received",
                ConstraintMessage = new() { ["en"] = "Funds spent cannot exceed funds received." },
            },
        ],
    };

    public static FormDefinition RosterForm() => new()
    {
        Id = "enterprise-roster",
        Version = 1,
        Title = new() { ["en"] = "Enterprise roster" },
        ChoiceLists =
        [
            new ChoiceList { Name = "statuses", Choices = [new Choice { Name = "active" }, new Choice { Name = "closed" }] },
        ],
        Fields =
        [
            new FieldDefinition
            {
                Name = "roster", Type = FieldType.Repeat, Label = new() { ["en"] = "Enterprises" },
                Children =
                [
                    new FieldDefinition { Name = "enterprise_id", Type = FieldType.Text, Required = true, Label = new() { ["en"] = "Enterprise id" } },
                    new FieldDefinition { Name = "status", Type = FieldType.SelectOne, ChoiceList = "statuses", Required = true, Label = new() { ["en"] = "Status" } },
                    new FieldDefinition { Name = "revenue_total", Type = FieldType.Decimal, Min = 0, Label = new() { ["en"] = "Revenue" } },
                ],
            },
        ],
    };
}
