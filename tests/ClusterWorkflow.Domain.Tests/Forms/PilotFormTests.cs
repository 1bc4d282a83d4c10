using ClusterWorkflow.Domain.Forms;
using ClusterWorkflow.Domain.Forms.Validation;

namespace ClusterWorkflow.Domain.Tests.Forms;

public sealed class PilotFormTests
{
    private static readonly FormValidator Validator = new();
    private readonly FormDefinition _roster = PilotForms.Roster();

    private IReadOnlyList<FieldProblem> Problems(params Dictionary<string, object?>[] rows) =>
        Validator.Validate(_roster, PilotForms.Submission(rows)).Problems;

    [Theory]
    [InlineData("enterprise-roster-monthly.json")]
    [InlineData("cluster-quarterly.json")]
    public void PilotFormLoadsAndIsAValidDefinitionWithEnglishAndHindiLabels(string fileName)
    {
        var form = PilotForms.Load(fileName);

        Assert.Empty(Validator.ValidateDefinition(form));
        Assert.Equal(["en", "hi"], form.Languages);
        var all = form.Fields.SelectMany(f => f.Children.Prepend(f)).ToList();
        Assert.All(all, f => Assert.True(f.Label.ContainsKey("en") && f.Label.ContainsKey("hi"), f.Name));
    }

    [Fact]
    public void RosterHasTheEnterpriseFieldsOfThePilot()
    {
        var roster = _roster.Fields.Single(f => f.Type == FieldType.Repeat);

        Assert.Equal(22, roster.Children.Count);
        Assert.Equal(["active", "temporarily_closed", "closed", "not_traced"], _roster.ChoiceLists.Single(l => l.Name == "status").Choices.Select(c => c.Name));
    }

    [Fact]
    public void ValidRowsPassAndGetTheirWorkerTotal()
    {
        var result = Validator.Validate(_roster, PilotForms.Submission(PilotForms.ActiveRow("E1"), PilotForms.ActiveRow("E2")));

        Assert.Empty(result.Problems);
        var rows = (List<Dictionary<string, object?>>)result.Data["roster"]!;
        Assert.Equal(2.0, rows[0]["workers_total"]);
        Assert.Equal(30.0, result.Data["period_days"]);
    }

    [Fact]
    public void ClosedEnterpriseWithRevenueOrWorkersIsAnError()
    {
        var closed = PilotForms.ActiveRow("E1").With("status", "closed").With("revenue_via_collective", 0).With("wages_paid", 0);

        var problem = Assert.Single(Problems(closed));

        Assert.Equal(("roster[0].status", Severity.Error), (problem.Path, problem.Severity));
        Assert.Equal("A closed enterprise must have zero revenue and zero workers", problem.Message);
    }

    [Fact]
    public void ClosedEnterpriseWithNothingPasses()
    {
        var closed = PilotForms.ActiveRow("E1").With("status", "closed")
            .With("workers_family_female", 0).With("workers_hired_male", 0).With("days_operated", 0).With("person_days", 0)
            .With("revenue_total", 0).With("revenue_via_collective", 0).With("wages_paid", 0);

        Assert.Empty(Problems(closed));
    }

    [Fact]
    public void ActiveEnterpriseWithoutWorkersIsAnError()
    {
        var row = PilotForms.ActiveRow("E1").With("workers_family_female", 0).With("workers_hired_male", 0)
            .With("person_days", 0).With("wages_paid", 0);

        var problem = Assert.Single(Problems(row));

        Assert.Equal("An active enterprise needs at least one worker", problem.Message);
    }

    [Theory]
    [InlineData("person_days", 41, "Cannot exceed workers × days operated")]
    [InlineData("days_operated", 31, "Cannot exceed the days in the month")]
    [InlineData("revenue_via_collective", 12001, "Cannot exceed total revenue")]
    [InlineData("rm_via_collective", 4001, "Cannot exceed the raw material cost")]
    [InlineData("loan_overdue", 10001, "Overdue cannot exceed the outstanding loan")]
    public void BrokenPilotRuleIsAnErrorOnThatField(string field, int value, string message)
    {
        var problem = Assert.Single(Problems(PilotForms.ActiveRow("E1").With(field, value)));

        Assert.Equal(($"roster[0].{field}", 1, Severity.Error, message), (problem.Path, problem.Row, problem.Severity, problem.Message));
    }

    [Fact]
    public void WagesWithoutHiredWorkersIsOnlyAWarning()
    {
        var row = PilotForms.ActiveRow("E1").With("workers_hired_male", 0).With("workers_family_male", 1);

        var result = Validator.Validate(_roster, PilotForms.Submission(row), "hi");

        var problem = Assert.Single(result.Problems);
        Assert.Equal((Severity.Warning, "roster[0].wages_paid"), (problem.Severity, problem.Path));
        Assert.Equal("मज़दूरी दी गई पर कोई किराए का कामगार दर्ज नहीं है", problem.Message);
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void RevenueFarAboveTheEnterprisesMedianIsAWarning()
    {
        var usual = PilotForms.ActiveRow("E1").With("revenue_median_earlier", 2400);
        var spike = PilotForms.ActiveRow("E2").With("revenue_median_earlier", 2399);

        var problem = Assert.Single(Problems(usual, spike));

        Assert.Equal(("roster[1].revenue_total", Severity.Warning), (problem.Path, problem.Severity));
    }

    [Fact]
    public void NotTracedEnterpriseNeedsNoFiguresAndHasThemCleared()
    {
        var row = new Dictionary<string, object?>
        {
            ["enterprise_id"] = "E9", ["status"] = "not_traced", ["owner_gender"] = "male", ["social_category"] = "SC", ["revenue_total"] = 999,
        };

        var result = Validator.Validate(_roster, PilotForms.Submission(row));

        Assert.Empty(result.Problems);
        Assert.Null(((List<Dictionary<string, object?>>)result.Data["roster"]!)[0]["revenue_total"]);
    }

    [Fact]
    public void DuplicateEnterpriseIdIsAnErrorOnTheRoster()
    {
        var problem = Assert.Single(Problems(PilotForms.ActiveRow("E1"), PilotForms.ActiveRow("E1")));

        Assert.Equal(("roster", "Each enterprise ID may appear only once"), (problem.Path, problem.Message));
    }

    [Fact]
    public void QuarterlyClusterFormChecksFundsAndSkipsTheProducerCompanyWhenNotRegistered()
    {
        var cluster = PilotForms.Cluster();
        var data = new Dictionary<string, object?>
        {
            ["quarter"] = "FY2026-27 Q3", ["pc_registered"] = "no", ["pc_members"] = 40,
            ["funds_received"] = 100000, ["funds_spent"] = 120000, ["tsa_staff_in_post"] = 3, ["fair_sales"] = 5000,
        };

        var result = Validator.Validate(cluster, data);

        Assert.Equal(["fair_sales:Warning", "funds_spent:Error"], result.Problems.Select(p => $"{p.Path}:{p.Severity}"));
        Assert.Null(result.Data["pc_members"]);
    }
}
