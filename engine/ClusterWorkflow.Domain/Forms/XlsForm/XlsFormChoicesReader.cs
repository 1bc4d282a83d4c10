namespace ClusterWorkflow.Domain.Forms.XlsForm;

/// <summary>Reads the choices sheet into choice lists, reporting rows that cannot be used.</summary>
internal static class XlsFormChoicesReader
{
    public static Dictionary<string, ChoiceList> Read(XlsFormSheet? sheet, XlsFormSettings settings, XlsFormImportContext context)
    {
        var lists = new Dictionary<string, ChoiceList>(StringComparer.Ordinal);
        if (sheet is null || sheet.Rows.Count == 0)
        {
            return lists;
        }
        foreach (var key in new[] { "list_name", "name" }.Where(k => sheet.Column(k) is null))
        {
            context.Add(sheet.Name, 1, null, ImportSeverity.Error, $"the choices sheet has no '{key}' column; its header row needs list_name, name and label");
        }
        if (context.HasErrors)
        {
            return lists;
        }
        var duplicatesReported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in sheet.Rows)
        {
            var listName = sheet.Value(row, "list_name");
            var name = sheet.Value(row, "name");
            if (listName is null || name is null)
            {
                context.Error(sheet, row, listName is null ? "list_name" : "name",
                    listName is null ? "this choice has no list_name; say which list it belongs to" : $"this choice of list '{listName}' has no name; give it the value to store");
                continue;
            }
            if (!lists.TryGetValue(listName, out var list))
            {
                list = new ChoiceList { Name = listName };
                lists.Add(listName, list);
            }
            if (list.Choices.Any(c => c.Name == name))
            {
                // Without choice filters a repeated name is the same answer twice; keep the first.
                if (!settings.AllowChoiceDuplicates || duplicatesReported.Add($"{listName}\n{name}"))
                {
                    context.Warning(sheet, row, "name", $"choice '{name}' appears more than once in list '{listName}'; only the first is kept");
                }
                continue;
            }
            list.Choices.Add(new Choice { Name = name, Label = context.Texts(sheet, row, "label") });
        }
        return lists;
    }
}
