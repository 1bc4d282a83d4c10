using ClusterWorkflow.Domain.Periods;
using ClusterWorkflow.Domain.PilotData;
using ClusterWorkflow.Host.Tests.Infrastructure;

namespace ClusterWorkflow.Host.Tests.Forms;

public sealed class ValidateRosterCliTests
{
    private static readonly string RosterForm = Path.Combine(RepoPaths.Root, "templates", "forms", "enterprise-roster-monthly.json");

    private static (string File, ErrorInjection Injection) PilotCsv(int errors)
    {
        var pilot = new PilotGenerator();
        var month = pilot.GenerateCluster(pilot.Program.Clusters[3].Id)!.Month(Period.Month(2026, 11))!;
        var injection = PilotErrorInjector.InjectErrors(month.Rows, errors, seed: 5);
        var file = Path.Combine(Directory.CreateTempSubdirectory("cw-validate-").FullName, "roster.csv");
        File.WriteAllBytes(file, RosterCsvWriter.ToUtf8(injection.Rows));
        return (file, injection);
    }

    [Fact]
    public async Task RosterWithErrorsFailsAndNamesEveryBrokenRow()
    {
        var (file, injection) = PilotCsv(errors: 5);

        var (exitCode, output) = await HostProcess.RunToEndAsync(TimeSpan.FromSeconds(120),
            "validate-roster", RosterForm, file, "--period", "2026-11");

        Assert.Equal(1, exitCode);
        foreach (var error in injection.Errors)
            Assert.Contains($"row {error.SheetRow}", output);
        Assert.Contains("5 with errors", output);
    }

    [Fact]
    public async Task CleanRosterPasses()
    {
        var (file, _) = PilotCsv(errors: 0);

        var (exitCode, output) = await HostProcess.RunToEndAsync(TimeSpan.FromSeconds(120),
            "validate-roster", RosterForm, file, "--period", "2026-11");

        Assert.Equal(0, exitCode);
        Assert.Contains("0 with errors", output);
    }

    [Fact]
    public async Task BadPeriodIsAUsageError()
    {
        var (file, _) = PilotCsv(errors: 0);

        var (exitCode, output) = await HostProcess.RunToEndAsync(TimeSpan.FromSeconds(60),
            "validate-roster", RosterForm, file, "--period", "November");

        Assert.Equal(2, exitCode);
        Assert.Contains("--period", output);
    }
}
