using ClusterWorkflow.Domain.Forms;
using ClusterWorkflow.Domain.Forms.Upload;
using ClusterWorkflow.Domain.Forms.Validation;
using ClusterWorkflow.Domain.Forms.XlsForm.Expressions;
using ClusterWorkflow.Domain.Periods;

namespace ClusterWorkflow.Host.Cli;

/// <summary>
/// <c>validate-roster FORM.json FILE.xlsx|FILE.csv [--repeat roster] [--period 2026-11] [--lang hi]</c>:
/// checks a filled roster against a form before anyone uploads it, and prints every problem with its
/// row and column as the spreadsheet shows them. Exit 1 when a row has an error.
/// </summary>
public static class ValidateRosterVerb
{
    public const string Usage = "validate-roster FORM.json FILE.xlsx|FILE.csv [--repeat roster] [--period 2026-11] [--lang en|hi]";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var arguments = new CliArguments(args, new HashSet<string>());
        var known = new HashSet<string> { "--repeat", "--period", "--lang" };
        if (arguments.Positional.Count != 2 || arguments.Problems.Count > 0 || arguments.OptionNames.Any(o => !known.Contains(o)))
        {
            await error.WriteLineAsync($"error: expected {Usage}");
            return 2;
        }
        var (formFile, rosterFile) = (arguments.Positional[0], arguments.Positional[1]);
        foreach (var file in new[] { formFile, rosterFile }.Where(f => !File.Exists(f)))
        {
            await error.WriteLineAsync($"error: there is no file '{Path.GetFullPath(file)}'.");
            return 1;
        }

        var (form, formProblems) = FormDefinitionJson.Read(await File.ReadAllTextAsync(formFile));
        if (form is null)
        {
            foreach (var problem in formProblems) await error.WriteLineAsync($"error: {formFile} {problem}");
            return 1;
        }

        var context = new Dictionary<string, object?>();
        if (arguments.Option("--period") is { } label)
        {
            var period = Period.Parse(label);
            if (period.Period is null)
            {
                await error.WriteLineAsync($"error: --period: {period.Error}");
                return 2;
            }
            context["period"] = period.Period.Label;
            context["period_days"] = period.Period.Days;
        }

        var repeat = arguments.Option("--repeat") ?? form.Fields.FirstOrDefault(f => f.Type == FieldType.Repeat)?.Name;
        if (repeat is null || RosterTemplate.Create(form, repeat) is null)
        {
            await error.WriteLineAsync($"error: form '{form.Id}' has no repeat group '{repeat}'; name one with --repeat.");
            return 1;
        }

        var validator = new FormValidator(new FormsOptions { AdditionalPrelude = XlsFormFunctions.Prelude });
        RosterUploadResult result;
        await using (var stream = File.OpenRead(rosterFile))
            result = new RosterUpload(validator).Read(form, repeat, stream, Path.GetFileName(rosterFile), context, arguments.Option("--lang") ?? "en");

        foreach (var problem in result.Problems)
            await output.WriteLineAsync($"{problem.Severity.ToString().ToLowerInvariant()}: {Path.GetFileName(rosterFile)} {Place(problem)}: {problem.Message}");
        await output.WriteLineAsync(
            $"{result.Rows.Count} rows: {result.ValidRows.Count()} valid, {result.Rows.Count(r => r.HasErrors)} with errors; " +
            $"{result.Problems.Count(p => p.Severity == Severity.Warning)} warning(s).");
        return result.HasErrors ? 1 : 0;
    }

    private static string Place(UploadProblem problem)
    {
        var place = string.Join(", ", new[] { problem.Row is { } row ? $"row {row}" : null, problem.Column is { } column ? $"column {column}" : null }.OfType<string>());
        var field = problem.Field is null ? "" : $" ({problem.Field})";
        return (place.Length == 0 ? "file" : place) + field;
    }
}
