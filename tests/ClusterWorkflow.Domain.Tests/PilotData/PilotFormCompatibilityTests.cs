using ClusterWorkflow.Domain.Forms;
using ClusterWorkflow.Domain.Forms.Validation;
using ClusterWorkflow.Domain.PilotData;

namespace ClusterWorkflow.Domain.Tests.PilotData;

/// <summary>The generated data against the pilot forms shipped under templates/forms/: what the demo will upload.</summary>
public class PilotFormCompatibilityTests
{
    private static readonly FormValidator Validator = new();
    private static readonly FormDefinition RosterForm = Load("enterprise-roster-monthly.json");
    private static readonly FormDefinition ClusterForm = Load("cluster-quarterly.json");

    [Theory]
    [InlineData("budaun-ujhani-zari-zardozi", "2026-11")]
    [InlineData("dhamtari-magarlod-dairy", "2026-10")]
    [InlineData("dhamtari-kurud-minor-forest-produce", "2026-04")]
    [InlineData("dhamtari-dhamtari-bamboo-craft", "2026-02")]
    public void GeneratedRosterPassesThePilotRosterFormWithoutAProblem(string clusterId, string period)
    {
        var month = Cluster(clusterId).Months.Single(m => m.Period.Label == period);

        var result = Validator.Validate(RosterForm, Submission(month));

        Assert.Empty(result.Problems);
    }

    [Fact]
    public void GeneratedQuarterlyRecordsPassThePilotClusterFormWithoutAProblem()
    {
        var problems = PilotSample.Clusters.SelectMany(c => c.Quarters)
            .SelectMany(q => Validator.Validate(ClusterForm, new Dictionary<string, object?>(q.Values) { ["quarter"] = q.Period.Label }).Problems
                .Select(p => $"{q.ClusterId} {q.Period.Label}: {p}"))
            .ToList();

        Assert.Empty(problems);
    }

    [Fact]
    public void TheRosterFormFindsInjectedErrorsOnExactlyTheReportedRows()
    {
        var month = Cluster("budaun-bisauli-zari-zardozi").Months[^1];
        var injection = PilotErrorInjector.InjectErrors(month.Rows, count: 14, seed: 11);

        var result = Validator.Validate(RosterForm, Submission(month with { Rows = injection.Rows }));

        var rowsWithErrors = result.Problems.Where(p => p.Severity == Severity.Error).Select(p => p.Row!.Value).Distinct().Order();
        Assert.Equal(injection.Errors.Select(e => e.RowIndex + 1), rowsWithErrors);
    }

    private static PilotClusterData Cluster(string id) => PilotSample.Clusters.Single(c => c.Cluster.Id == id);

    private static Dictionary<string, object?> Submission(PilotRosterMonth month) => new()
    {
        ["period"] = month.Period.Label,
        ["roster"] = month.Rows.Cast<object?>().ToList(),
    };

    private static FormDefinition Load(string fileName)
    {
        var (form, problems) = FormDefinitionJson.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "templates", "forms", fileName)));
        Assert.Empty(problems);
        return form!;
    }
}
