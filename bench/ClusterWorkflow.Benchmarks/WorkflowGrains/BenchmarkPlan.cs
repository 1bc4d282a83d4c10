using ClusterWorkflow.Abstractions.Clusters;
using ClusterWorkflow.Abstractions.Rounds;
using ClusterWorkflow.Abstractions.Submissions;
using ClusterWorkflow.Domain.Forms;
using ClusterWorkflow.Domain.Kpis;

namespace ClusterWorkflow.Benchmarks.WorkflowGrains;

/// <summary>
/// The round the benchmark opens: the pilot workflow and KPI pack from the repository, a small
/// cluster form (three numbers, one cross-field rule) and a roster form; the data a TSA saves.
/// </summary>
internal static class BenchmarkPlan
{
    public const string Period = "2026-11";

    public static RoundPlan For(string programId, int clusters, string workflowJson, KpiPack pack) => new(
        Period,
        new DateOnly(2099, 12, 10),
        new PlanDefinition("pilot-review", 1, workflowJson),
        new PlanDefinition("cluster-monthly", 1, FormDefinitionJson.Write(ClusterForm())),
        new PlanDefinition("enterprise-roster", 1, FormDefinitionJson.Write(RosterForm())),
        pack,
        Enumerable.Range(1, clusters).Select(i => Cluster(programId, $"{programId}-c{i:D4}")).ToList(),
        new Dictionary<string, IReadOnlyList<string>> { [ReviewCycleScript.District] = [ReviewCycleScript.DistrictReviewer.UserId] },
        new Dictionary<string, IReadOnlyList<string>> { [ReviewCycleScript.State] = [ReviewCycleScript.StateReviewer.UserId] });

    public static SubmissionData Data(double trainings) => new(
        new Dictionary<string, object?> { ["trainings_held"] = trainings, ["funds_received"] = 50_000.0, ["funds_spent"] = 42_000.0 },
        [Row("e-001", "active", 12_000), Row("e-002", "active", 8_000), Row("e-003", "closed", 0)]);

    private static ClusterProfile Cluster(string programId, string id) =>
        new(id, programId, $"Benchmark cluster {id} (sample data)", ClusterType.Artisanal, ReviewCycleScript.State, ReviewCycleScript.District, "kurud", ReviewCycleScript.TsaId);

    private static Dictionary<string, object?> Row(string id, string status, double revenue) =>
        new() { ["enterprise_id"] = id, ["status"] = status, ["revenue_total"] = revenue };

    private static FormDefinition ClusterForm() => new()
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
                Constraint = "value <= funds_received", ConstraintMessage = new() { ["en"] = "Funds spent cannot exceed funds received." },
            },
        ],
    };

    private static FormDefinition RosterForm() => new()
    {
        Id = "enterprise-roster",
        Version = 1,
        Title = new() { ["en"] = "Enterprise roster" },
        ChoiceLists = [new ChoiceList { Name = "statuses", Choices = [new Choice { Name = "active" }, new Choice { Name = "closed" }] }],
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
