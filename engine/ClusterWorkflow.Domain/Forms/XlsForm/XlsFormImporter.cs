using System.Text.RegularExpressions;

namespace ClusterWorkflow.Domain.Forms.XlsForm;

/// <summary>
/// Imports an XLSForm (.xlsx with survey, choices and settings sheets) as a <see cref="FormDefinition"/>.
/// Expressions are translated to JavaScript that calls <see cref="Expressions.XlsFormFunctions.Prelude"/>.
/// Never throws for a bad file: every problem comes back with its sheet, row and column.
/// </summary>
public sealed partial class XlsFormImporter(XlsFormImportOptions? options = null)
{
    private readonly XlsFormImportOptions _options = options ?? new XlsFormImportOptions();

    public XlsFormImportResult Import(Stream xlsx, string fileName)
    {
        ArgumentNullException.ThrowIfNull(xlsx);
        var context = new XlsFormImportContext(_options, fileName);
        var workbook = XlsFormWorkbookReader.Read(xlsx, fileName, _options, context.Problems);
        if (workbook is null)
        {
            return Result(null, context);
        }
        var (sheetNames, sheets) = workbook.Value;
        if (!sheets.TryGetValue("survey", out var survey))
        {
            var found = sheetNames.Count == 0 ? "none" : string.Join(", ", sheetNames.Select(k => $"'{k}'"));
            context.Add(fileName, null, null, ImportSeverity.Error, $"the workbook has no 'survey' sheet (sheets found: {found}); an XLSForm lists its questions in a sheet named survey");
            return Result(null, context);
        }
        foreach (var key in new[] { "type", "name" }.Where(k => survey.Column(k) is null))
        {
            context.Add(survey.Name, 1, null, ImportSeverity.Error, $"the survey sheet has no '{key}' column; its first row must hold the headers type, name and label");
        }
        if (context.HasErrors)
        {
            return Result(null, context);
        }
        var choices = sheets.GetValueOrDefault("choices");
        var settings = XlsFormSettings.Read(sheets.GetValueOrDefault("settings"));
        context.FindLanguages(settings.DefaultLanguage, survey, choices);
        var lists = XlsFormChoicesReader.Read(choices, settings, context);

        var leftOut = new Dictionary<string, string>(StringComparer.Ordinal);
        var items = SurveyTreeBuilder.Build(survey, lists, context, leftOut);
        SurveyItemExpander.Expand(items, lists, context);
        SurveyItemNamer.Name(items, survey, context);
        var expressions = new SurveyExpressionTranslator(survey, context, items.SelectMany(i => i.SelfAndDescendants()), leftOut);
        var fields = new SurveyFieldBuilder(survey, context, expressions).Build(items);
        XlsFormColumnCheck.Report(survey, context);
        if (choices is not null)
        {
            XlsFormColumnCheck.Report(choices, context);
        }
        if (fields.Count == 0)
        {
            context.Add(survey.Name, null, null, ImportSeverity.Error, "the survey sheet has no questions to import");
        }
        var form = new FormDefinition
        {
            Id = FormId(settings, fileName, context),
            Version = 1,
            Title = new() { [context.DefaultLanguage] = settings.FormTitle ?? Path.GetFileNameWithoutExtension(fileName) },
            Languages = context.Languages.Select(l => l.Code).ToList(),
            Fields = fields,
            ChoiceLists = lists.Values.ToList(),
        };
        if (settings.Version is { } version)
        {
            context.Add("settings", settings.Row?.Number, null, ImportSeverity.Info,
                $"the XLSForm version '{version}' is not kept; the product numbers the versions of a form itself");
        }
        return Result(form, context);
    }

    private static string FormId(XlsFormSettings settings, string fileName, XlsFormImportContext context)
    {
        var wanted = settings.FormId ?? Path.GetFileNameWithoutExtension(fileName);
        var id = NotIdCharacters().Replace(wanted.Trim(), "_").Trim('_');
        if (id.Length == 0)
        {
            id = "imported_form";
        }
        if (id != wanted)
        {
            context.Add(settings.FormId is null ? context.FileName : "settings", settings.Row?.Number, null, ImportSeverity.Warning,
                $"the form id '{wanted}' was imported as '{id}' (letters, digits, '_' and '-' only)");
        }
        return id;
    }

    private static XlsFormImportResult Result(FormDefinition? form, XlsFormImportContext context) =>
        new(context.HasErrors ? null : form, context.Problems.Distinct().ToList(), context.Languages);

    [GeneratedRegex("[^A-Za-z0-9_-]+")]
    private static partial Regex NotIdCharacters();
}
