using ClusterWorkflow.Domain.Forms;
using ClusterWorkflow.Domain.Forms.Validation;
using ClusterWorkflow.Domain.Forms.XlsForm;
using ClusterWorkflow.Domain.Forms.XlsForm.Expressions;

namespace ClusterWorkflow.Host.Cli;

/// <summary>
/// <c>import-xlsform FILE.xlsx [--out FORM.json]</c>: turns an ODK/Kobo XLSForm into a form
/// definition. Every problem is printed with its sheet, row and column; exit 1 when the form has
/// errors, so nothing half-translated is written.
/// </summary>
public static class ImportXlsFormVerb
{
    public const string Usage = "import-xlsform FILE.xlsx [--out FORM.json]";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var arguments = new CliArguments(args, new HashSet<string>());
        if (arguments.Positional.Count != 1 || arguments.Problems.Count > 0 || arguments.OptionNames.Any(o => o != "--out"))
        {
            await error.WriteLineAsync($"error: expected {Usage}");
            return 2;
        }

        var file = arguments.Positional[0];
        if (!File.Exists(file))
        {
            await error.WriteLineAsync($"error: there is no file '{Path.GetFullPath(file)}'.");
            return 1;
        }

        XlsFormImportResult result;
        await using (var stream = File.OpenRead(file))
            result = new XlsFormImporter().Import(stream, Path.GetFileName(file));

        var problems = result.Problems.Select(p => $"{p.Severity.ToString().ToLowerInvariant()}: {Path.GetFileName(file)} {p}").ToList();
        if (result.Form is { } form)
        {
            problems.AddRange(new FormValidator(new FormsOptions { AdditionalPrelude = XlsFormFunctions.Prelude }).ValidateDefinition(form).Select(p => $"error: form definition {p}"));
        }
        foreach (var problem in problems) await error.WriteLineAsync(problem);

        if (result.Form is null || problems.Any(p => p.StartsWith("error", StringComparison.Ordinal)))
        {
            await error.WriteLineAsync($"error: '{file}' was not imported; fix the problems above in the spreadsheet and try again.");
            return 1;
        }

        var json = FormDefinitionJson.Write(result.Form);
        if (arguments.Option("--out") is { } outFile)
        {
            await File.WriteAllTextAsync(OutputFile.Prepare(outFile), json);
            await output.WriteLineAsync(
                $"Imported '{result.Form.Id}' ({Plural(CountFields(result.Form.Fields), "field")}; languages {string.Join(", ", result.Languages.Select(l => l.Code))}) to {outFile}" +
                (problems.Count > 0 ? $", with {problems.Count} warning(s) above." : "."));
        }
        else
        {
            await output.WriteLineAsync(json);
        }
        return 0;
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private static int CountFields(IEnumerable<FieldDefinition> fields) => fields.Sum(f => 1 + CountFields(f.Children));
}
