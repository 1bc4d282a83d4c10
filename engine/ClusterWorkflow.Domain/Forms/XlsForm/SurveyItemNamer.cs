namespace ClusterWorkflow.Domain.Forms.XlsForm;

/// <summary>
/// Gives every item its JavaScript name and the repeats around it, and reports duplicate names.
/// Names that are already valid identifiers are kept, so data keys match the XLSForm's.
/// </summary>
internal static class SurveyItemNamer
{
    public static void Name(List<SurveyItem> roots, XlsFormSheet sheet, XlsFormImportContext context)
    {
        var all = roots.SelectMany(r => r.SelfAndDescendants()).ToList();
        var taken = all.Select(i => i.Name).Where(XlsFormNames.IsUsable).ToHashSet(StringComparer.Ordinal);
        var seen = new Dictionary<string, SurveyItem>(StringComparer.Ordinal);
        foreach (var item in all)
        {
            if (!seen.TryAdd(item.Name, item))
            {
                var first = seen[item.Name];
                context.Error(sheet, item.Row, "name", first.Row.Number == item.Row.Number
                    ? $"this row makes the name '{item.Name}' twice; rename the question or its loop copies"
                    : $"the name '{item.Name}' is already used at row {first.Row.Number}; names must be unique in the form");
                continue;
            }
            if (XlsFormNames.IsUsable(item.Name))
            {
                item.JavaScriptName = item.Name;
                continue;
            }
            item.JavaScriptName = XlsFormNames.ToIdentifier(item.Name, taken);
            taken.Add(item.JavaScriptName);
            context.Warning(sheet, item.Row, "name",
                $"the name '{item.Name}' cannot be used in JavaScript expressions (letters, digits and '_' only, not a reserved word); imported as '{item.JavaScriptName}'");
        }
        AssignRepeats(roots, []);
    }

    private static void AssignRepeats(List<SurveyItem> items, IReadOnlyList<string> repeats)
    {
        foreach (var item in items)
        {
            item.Repeats = repeats;
            var inside = item.Type.Kind == XlsFormTypeKind.BeginRepeat ? [.. repeats, item.JavaScriptName] : repeats;
            AssignRepeats(item.Children, inside);
        }
    }
}
