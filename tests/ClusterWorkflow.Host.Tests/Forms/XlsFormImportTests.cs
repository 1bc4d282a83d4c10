using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClusterWorkflow.Host.Tests.Infrastructure;

namespace ClusterWorkflow.Host.Tests.Forms;

[Collection(nameof(SharedHost))]
public sealed class XlsFormImportTests(SharedHost host)
{
    private static string SharedXlsForm(string name) =>
        Path.Combine(RepoPaths.Root, "..", "shared", "data", "xlsform", name);

    [Fact]
    public async Task CliImportWritesTheFormJson()
    {
        var output = Path.Combine(Directory.CreateTempSubdirectory("cw-xlsform-").FullName, "form.json");

        var (exitCode, text) = await HostProcess.RunToEndAsync(TimeSpan.FromSeconds(120),
            "import-xlsform", SharedXlsForm("pyxform-yes_or_no_question.xlsx"), "--out", output);

        Assert.Equal(0, exitCode);
        Assert.Contains("Imported", text);
        var form = JsonDocument.Parse(File.ReadAllText(output)).RootElement;
        Assert.NotEmpty(form.GetProperty("fields").EnumerateArray());
    }

    [Fact]
    public async Task CliImportIntoAFolderThatDoesNotExistYetCreatesIt()
    {
        var output = Path.Combine(Directory.CreateTempSubdirectory("cw-xlsform-").FullName, "not", "yet", "form.json");

        var (exitCode, text) = await HostProcess.RunToEndAsync(TimeSpan.FromSeconds(120),
            "import-xlsform", SharedXlsForm("pyxform-yes_or_no_question.xlsx"), "--out", output);

        Assert.True(exitCode == 0, text);
        Assert.True(File.Exists(output));
    }

    [Fact]
    public async Task CliImportOfANonSpreadsheetFailsWithAClearMessage()
    {
        var notXlsx = Path.GetTempFileName();
        File.WriteAllText(notXlsx, "this is not a spreadsheet");
        var output = notXlsx + ".json";

        var (exitCode, text) = await HostProcess.RunToEndAsync(TimeSpan.FromSeconds(120), "import-xlsform", notXlsx, "--out", output);

        Assert.Equal(1, exitCode);
        Assert.Contains("was not imported", text);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task CliImportWithoutAFileNamePrintsUsage()
    {
        var (exitCode, text) = await HostProcess.RunToEndAsync(TimeSpan.FromSeconds(60), "import-xlsform");

        Assert.Equal(2, exitCode);
        Assert.Contains("import-xlsform FILE.xlsx [--out FORM.json]", text);
    }

    [Fact]
    public async Task ApiImportSavesAVersionThatValidatesSubmissions()
    {
        await host.Http.PostAsJsonAsync("/api/programs", new { id = "xlsform-api", name = "XLSForm import" });
        using var content = new MultipartFormDataContent
        {
            { new ByteArrayContent(File.ReadAllBytes(SharedXlsForm("pyxform-yes_or_no_question.xlsx"))), "file", "yes_or_no_question.xlsx" },
        };

        using var response = await host.Http.PostAsync("/api/programs/xlsform-api/forms/import-xlsform?save=true", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(result.GetProperty("imported").GetBoolean());
        Assert.Equal(1, result.GetProperty("savedVersion").GetInt32());
        var formId = result.GetProperty("form").GetProperty("id").GetString();
        var stored = await host.Http.GetFromJsonAsync<JsonElement>($"/api/programs/xlsform-api/forms/{formId}");
        Assert.Equal(formId, stored.GetProperty("id").GetString());
    }

    [Fact]
    public async Task ApiImportOfAFormIdWithCapitalsSavesItUnderALowercaseId()
    {
        await host.Http.PostAsJsonAsync("/api/programs", new { id = "xlsform-api", name = "XLSForm import" });
        using var content = new MultipartFormDataContent
        {
            { new ByteArrayContent(File.ReadAllBytes(SharedXlsForm("pyxform-xlsform_spec_test.xlsx"))), "file", "spec.xlsx" },
        };

        using var response = await host.Http.PostAsync("/api/programs/xlsform-api/forms/import-xlsform?save=true", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("spec_test", result.GetProperty("form").GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.OK, (await host.Http.GetAsync("/api/programs/xlsform-api/forms/spec_test")).StatusCode);
    }

    [Fact]
    public async Task ApiImportWithoutAFileIsAProblem()
    {
        await host.Http.PostAsJsonAsync("/api/programs", new { id = "xlsform-api", name = "XLSForm import" });
        using var content = new MultipartFormDataContent { { new StringContent("x"), "other", "other.txt" } };

        using var response = await host.Http.PostAsync("/api/programs/xlsform-api/forms/import-xlsform", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'file'", await response.Content.ReadAsStringAsync());
    }
}
