using ClusterWorkflow.Domain.Forms;

namespace ClusterWorkflow.Host.Tests.Workflow;

/// <summary>What the review API tests save before opening a round: two small forms, the pilot workflow, a plan.</summary>
internal static class ReviewDefinitions
{
    public const string PlanId = "wf-plan";

    public static string Workflow() => File.ReadAllText(Path.Combine(Infrastructure.RepoPaths.Root, "templates", "workflows", "pilot-review.json"));

    public static object Plan() => new
    {
        id = PlanId,
        name = "Review API test plan",
        periodKind = "monthly",
        workflow = new { id = "pilot-review" },
        clusterForm = new { id = "cluster-monthly" },
        rosterForm = new { id = "enterprise-roster" },
        clusters = "all",
        reviewers = new
        {
            districts = new Dictionary<string, string[]>
            {
                [ReviewPeople.District] = [ReviewPeople.DistrictReviewer.UserName, ReviewPeople.DistrictColleague.UserName],
                ["budaun"] = [ReviewPeople.OtherDistrictReviewer.UserName],
            },
            states = new Dictionary<string, string[]> { [ReviewPeople.State] = [ReviewPeople.StateReviewer.UserName] },
        },
        due = new { daysAfterPeriodEnd = 10 },
    };

    /// <summary>The cluster values: funds spent may not exceed funds received.</summary>
    public static string ClusterForm() => FormDefinitionJson.Write(new FormDefinition
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
    });

    public static string RosterForm() => FormDefinitionJson.Write(new FormDefinition
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
    });

    /// <summary>Valid data: three enterprises, funds within what was received.</summary>
    public static object Data(int trainings) => new
    {
        cluster = new { trainings_held = trainings, funds_received = 50_000, funds_spent = 42_000 },
        roster = new object[]
        {
            new { enterprise_id = "e-001", status = "active", revenue_total = 12_000 },
            new { enterprise_id = "e-002", status = "active", revenue_total = 8_000 },
            new { enterprise_id = "e-003", status = "closed", revenue_total = 0 },
        },
    };
}
