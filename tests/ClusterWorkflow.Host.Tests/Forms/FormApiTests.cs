using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClusterWorkflow.Host.Tests.Infrastructure;

namespace ClusterWorkflow.Host.Tests.Forms;

[Collection(nameof(SharedHost))]
public sealed class FormApiTests(SharedHost host)
{
    private static string Form(string id, string constraint = "value <= workers * 31") => $$"""
        {
          "id": "{{id}}",
          "title": { "en": "Small roster", "hi": "छोटा रोस्टर" },
          "languages": ["en", "hi"],
          "fields": [
            { "name": "roster", "type": "repeat", "label": { "en": "Enterprises" }, "children": [
              { "name": "workers", "type": "integer", "label": { "en": "Workers" }, "required": true, "min": 0, "max": 50 },
              { "name": "person_days", "type": "integer", "label": { "en": "Person-days" },
                "constraint": "{{constraint}}", "constraintMessage": { "en": "Person-days cannot exceed workers × 31.", "hi": "व्यक्ति-दिवस श्रमिकों × 31 से अधिक नहीं हो सकते।" } }
            ] }
          ]
        }
        """;

    private async Task<HttpResponseMessage> SaveAsync(string programId, string json, int? basedOn = null) =>
        await host.Http.PostAsync($"/api/programs/{programId}/forms{(basedOn is null ? "" : $"?basedOnVersion={basedOn}")}",
            new StringContent(json, Encoding.UTF8, "application/json"));

    private async Task ProgramAsync(string id) => await host.Http.PostAsJsonAsync("/api/programs", new { id, name = id });

    [Fact]
    public async Task SavingChangedFormsAddsVersionsAndAStaleSaveIsAConflict()
    {
        await ProgramAsync("forms-versions");
        Assert.Equal(HttpStatusCode.Created, (await SaveAsync("forms-versions", Form("roster"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await SaveAsync("forms-versions", Form("roster", "value <= workers * 30"), basedOn: 1)).StatusCode);

        var stale = await SaveAsync("forms-versions", Form("roster", "value <= workers * 29"), basedOn: 1);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var versions = await host.Http.GetFromJsonAsync<JsonElement>("/api/programs/forms-versions/forms/roster/versions");
        Assert.Equal([1, 2], versions.EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
        var first = await host.Http.GetFromJsonAsync<JsonElement>("/api/programs/forms-versions/forms/roster/versions/1");
        Assert.Equal(1, first.GetProperty("version").GetInt32());
        Assert.Contains("* 31", first.GetRawText());
    }

    [Fact]
    public async Task SubmissionValidationReportsThePathAndMessageInTheRequestedLanguage()
    {
        await ProgramAsync("forms-validate");
        await SaveAsync("forms-validate", Form("roster"));
        var submission = new { roster = new object[] { new { workers = 2, person_days = 40 }, new { workers = 1, person_days = 40 } } };

        using var response = await host.Http.PostAsJsonAsync("/api/programs/forms-validate/forms/roster/validate?lang=hi", submission);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.False(result.GetProperty("valid").GetBoolean());
        var problem = Assert.Single(result.GetProperty("problems").EnumerateArray());
        // The path indexes rows from 0 as JSON does; the row counts from 1 as people do.
        Assert.Equal("roster[1].person_days", problem.GetProperty("path").GetString());
        Assert.Equal(2, problem.GetProperty("row").GetInt32());
        Assert.Equal("व्यक्ति-दिवस श्रमिकों × 31 से अधिक नहीं हो सकते।", problem.GetProperty("message").GetString());
    }

    [Fact]
    public async Task DefinitionWithAnUnknownReferenceIsRefusedWithItsPlaceAndNothingIsStored()
    {
        await ProgramAsync("forms-bad");

        using var response = await SaveAsync("forms-bad", Form("roster", "value <= wrokers * 31"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("wrokers", problem.GetProperty("detail").GetString());
        Assert.Contains("roster.person_days", problem.GetRawText());
        Assert.Equal(HttpStatusCode.NotFound, (await host.Http.GetAsync("/api/programs/forms-bad/forms/roster")).StatusCode);
    }

    [Fact]
    public async Task MalformedDefinitionJsonSaysLineAndColumn()
    {
        await ProgramAsync("forms-json");

        var check = await host.Http.PostAsync("/api/forms/check", new StringContent("{ \"id\": \"x\",\n  \"fields\": [ }", Encoding.UTF8, "application/json"));
        var result = await check.Content.ReadFromJsonAsync<JsonElement>();

        Assert.False(result.GetProperty("valid").GetBoolean());
        var problem = Assert.Single(result.GetProperty("problems").EnumerateArray());
        Assert.Equal(2, problem.GetProperty("line").GetInt32());
    }
}
