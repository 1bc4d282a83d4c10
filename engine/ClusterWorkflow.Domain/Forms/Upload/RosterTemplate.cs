using MiniExcelLibs;

namespace ClusterWorkflow.Domain.Forms.Upload;

/// <summary>
/// Builds the Excel template of a roster: a sheet named after the repeat whose first row holds the
/// field names (the columns to fill), a "choices" sheet with every allowed value, and a "fields"
/// sheet explaining each column in every language of the form.
/// </summary>
public static class RosterTemplate
{
    public const string ChoicesSheet = "choices";
    public const string FieldsSheet = "fields";

    /// <summary>The fields a person fills in: everything in the repeat that holds a value and is not calculated.</summary>
    public static IReadOnlyList<FieldDefinition> Columns(FieldDefinition repeat) =>
        Flatten(repeat.Children)
            .Where(f => f.Type is not (FieldType.Group or FieldType.Note or FieldType.Repeat or FieldType.Calculate) && f.Calculate is null)
            .ToList();

    internal static IEnumerable<FieldDefinition> Flatten(IEnumerable<FieldDefinition> fields) =>
        fields.SelectMany(f => f.Type == FieldType.Group ? Flatten(f.Children) : [f]);

    /// <summary>Writes the template as .xlsx; null when the form has no top-level repeat of that name.</summary>
    public static byte[]? Create(FormDefinition form, string repeatName)
    {
        var repeat = form.Fields.FirstOrDefault(f => f.Type == FieldType.Repeat && f.Name == repeatName);
        if (repeat is null)
        {
            return null;
        }
        var columns = Columns(repeat);
        var header = columns.Select((f, i) => (SpreadsheetColumns.Letter(i), (object?)f.Name)).ToDictionary(p => p.Item1, p => p.Item2);
        var usedLists = columns.Select(c => c.ChoiceList).OfType<string>().ToHashSet(StringComparer.Ordinal);

        var choices = form.ChoiceLists.Where(l => usedLists.Contains(l.Name))
            .SelectMany(l => l.Choices.Select(c => Row(new() { ["list_name"] = l.Name, ["name"] = c.Name }, "label", c.Label, form.Languages)))
            .ToList();
        var fields = columns.Select(f =>
        {
            var row = new Dictionary<string, object?>
            {
                ["name"] = f.Name,
                ["type"] = f.Type.ToString(),
                ["required"] = f.Required ? "yes" : "no",
                ["choice_list"] = f.ChoiceList,
                ["min"] = f.Min,
                ["max"] = f.Max,
            };
            row = Row(row, "label", f.Label, form.Languages);
            return Row(row, "hint", f.Hint, form.Languages);
        }).ToList();

        var sheets = new Dictionary<string, object>
        {
            [repeat.Name] = new List<Dictionary<string, object?>> { header },
            [ChoicesSheet] = Headed(choices),
            [FieldsSheet] = Headed(fields),
        };
        using var output = new MemoryStream();
        output.SaveAs(sheets, printHeader: false, excelType: ExcelType.XLSX);
        return output.ToArray();
    }

    private static Dictionary<string, object?> Row(Dictionary<string, object?> row, string prefix, IReadOnlyDictionary<string, string> texts, IEnumerable<string> languages)
    {
        foreach (var language in languages)
        {
            row[$"{prefix}::{language}"] = texts.GetValueOrDefault(language);
        }
        return row;
    }

    // Written without MiniExcel's own header so that every sheet starts the same way: names in row 1.
    private static List<Dictionary<string, object?>> Headed(List<Dictionary<string, object?>> rows)
    {
        if (rows.Count == 0)
        {
            return [new Dictionary<string, object?> { ["A"] = "(none)" }];
        }
        var header = rows[0].Keys.ToDictionary(k => k, k => (object?)k);
        return [header, .. rows];
    }
}
