using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClusterWorkflow.Domain.Periods;
using ClusterWorkflow.Domain.PilotData;
using ClusterWorkflow.Host.Tests.Infrastructure;

namespace ClusterWorkflow.Host.Tests.Forms;

[Collection(nameof(SharedHost))]
public sealed class RosterUploadTests(SharedHost host)
{
    private const string Program = "roster-upload";
    private const string Base = $"/api/programs/{Program}/forms/enterprise_roster_monthly/repeats/roster";

    private async Task SavePilotRosterFormAsync()
    {
        await host.Http.PostAsJsonAsync("/api/programs", new { id = Program, name = "Roster upload" });
        var form = File.ReadAllText(Path.Combine(RepoPaths.Root, "templates", "forms", "enterprise-roster-monthly.json"));
        using var saved = await host.Http.PostAsync($"/api/programs/{Program}/forms", new StringContent(form, Encoding.UTF8, "application/json"));
        Assert.True(saved.StatusCode is HttpStatusCode.Created, await saved.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TemplateDownloadIsAnExcelWorkbook()
    {
        await SavePilotRosterFormAsync();

        using var response = await host.Http.GetAsync($"{Base}/template.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("PK"u8.ToArray(), bytes[..2]); // an xlsx is a zip
    }

    [Fact]
    public async Task PilotRosterWithInjectedErrorsReportsExactlyTheBrokenRowsAndFields()
    {
        await SavePilotRosterFormAsync();
        var pilot = new PilotGenerator();
        var month = pilot.GenerateCluster(pilot.Program.Clusters[0].Id)!.Month(Period.Month(2026, 11))!;
        var injection = PilotErrorInjector.InjectErrors(month.Rows, count: 7, seed: 11);
        using var content = new MultipartFormDataContent
        {
            { new ByteArrayContent(RosterCsvWriter.ToUtf8(injection.Rows)), "file", "roster.csv" },
        };

        using var response = await host.Http.PostAsync($"{Base}/upload?period=2026-11", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(result.GetProperty("fileRejected").GetBoolean());
        Assert.Equal(month.Rows.Count, result.GetProperty("rows").GetInt32());
        var errorRows = result.GetProperty("problems").EnumerateArray()
            .Where(p => p.GetProperty("severity").GetString() is "error" or "Error")
            .Select(p => p.GetProperty("row").GetInt32())
            .Distinct().Order().ToList();
        Assert.Equal(injection.Errors.Select(e => e.SheetRow).Order().ToList(), errorRows);
        Assert.Equal(month.Rows.Count - injection.Errors.Count, result.GetProperty("validRows").GetInt32());
    }

    [Fact]
    public async Task UnknownRepeatAndMissingFileAreClearProblems()
    {
        await SavePilotRosterFormAsync();

        using var unknown = await host.Http.GetAsync($"/api/programs/{Program}/forms/enterprise_roster_monthly/repeats/rosta/template.xlsx");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("Its repeats: roster", await unknown.Content.ReadAsStringAsync());

        using var noFile = await host.Http.PostAsync($"{Base}/upload", new MultipartFormDataContent { { new StringContent("x"), "other" } });
        Assert.Equal(HttpStatusCode.BadRequest, noFile.StatusCode);
    }
}
