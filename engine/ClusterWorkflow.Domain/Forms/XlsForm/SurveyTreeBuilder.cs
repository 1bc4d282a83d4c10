namespace ClusterWorkflow.Domain.Forms.XlsForm;

/// <summary>
/// First pass over the survey sheet: parses types, nests groups and repeats by their begin/end rows,
/// and reports rows that cannot become a question. Names and expressions come later.
/// </summary>
internal static class SurveyTreeBuilder
{
    private const string TypeHelp = "use integer, decimal, text, select_one LIST, select_multiple LIST, date, geopoint, note, calculate, begin group / end group or begin repeat / end repeat";

    /// <param name="leftOut">Receives the names of questions left out on purpose, with the reason.</param>
    public static List<SurveyItem> Build(XlsFormSheet sheet, IReadOnlyDictionary<string, ChoiceList> lists, XlsFormImportContext context, Dictionary<string, string> leftOut)
    {
        var roots = new List<SurveyItem>();
        var open = new Stack<SurveyItem>();
        foreach (var row in sheet.Rows)
        {
            var typeText = sheet.Value(row, "type");
            var name = sheet.Value(row, "name");
            if (typeText is null)
            {
                context.Error(sheet, row, "type", name is null
                    ? "this row has no type; give it a type or delete the row"
                    : $"question '{name}' has no type; {TypeHelp}");
                continue;
            }
            var type = XlsFormType.Parse(typeText);
            switch (type.Kind)
            {
                case XlsFormTypeKind.Unknown:
                    context.Error(sheet, row, "type", $"unknown question type '{typeText}'; {TypeHelp}");
                    continue;
                case XlsFormTypeKind.Metadata or XlsFormTypeKind.Unsupported:
                    context.Add(sheet.Name, row.Number, XlsFormImportContext.Letter(sheet, "type"),
                        type.Kind == XlsFormTypeKind.Metadata ? ImportSeverity.Info : ImportSeverity.Warning,
                        $"{type.Note}; {(name is null ? "the row" : $"'{name}'")} was left out");
                    if (name is not null)
                    {
                        leftOut[name] = type.Note!;
                    }
                    continue;
                case XlsFormTypeKind.EndGroup or XlsFormTypeKind.EndRepeat or XlsFormTypeKind.EndLoop:
                    Close(sheet, row, type, typeText, open, context);
                    continue;
            }
            if (type.Note is not null)
            {
                context.Warning(sheet, row, "type", type.Note);
            }
            if (name is null)
            {
                context.Error(sheet, row, "name", $"this '{typeText}' row has no name; every question, group and repeat needs a unique name");
                name = $"row{row.Number}";
            }
            if (type.ListName is not null && !lists.ContainsKey(type.ListName))
            {
                var nearly = lists.Keys.FirstOrDefault(k => k.Equals(type.ListName, StringComparison.OrdinalIgnoreCase));
                context.Error(sheet, row, "type", nearly is not null
                    ? $"choice list '{type.ListName}' is not in the choices sheet, but '{nearly}' is; list names are case-sensitive"
                    : $"choice list '{type.ListName}' is not in the choices sheet; add its choices there with list_name '{type.ListName}'");
            }
            var item = new SurveyItem { Row = row, Type = type, Name = name };
            (open.Count > 0 ? open.Peek().Children : roots).Add(item);
            if (item.IsContainer)
            {
                open.Push(item);
            }
        }
        foreach (var unclosed in open)
        {
            var (begin, end) = Words(unclosed.Type.Kind);
            context.Error(sheet, unclosed.Row, "type", $"'{begin}' {unclosed.Name} is never closed; add an '{end}' row after its last question");
        }
        return roots;
    }

    private static void Close(XlsFormSheet sheet, XlsFormRow row, XlsFormType type, string typeText, Stack<SurveyItem> open, XlsFormImportContext context)
    {
        var expected = type.Kind switch
        {
            XlsFormTypeKind.EndGroup => XlsFormTypeKind.BeginGroup,
            XlsFormTypeKind.EndRepeat => XlsFormTypeKind.BeginRepeat,
            _ => XlsFormTypeKind.BeginLoop,
        };
        if (open.Count == 0)
        {
            context.Error(sheet, row, "type", $"'{typeText}' has no matching '{Words(expected).Begin}' above it; delete this row or add the begin row");
            return;
        }
        var top = open.Pop();
        if (top.Type.Kind != expected)
        {
            var (begin, end) = Words(top.Type.Kind);
            context.Error(sheet, row, "type", $"'{typeText}' closes the {begin.Replace("begin ", "")} '{top.Name}' begun at row {top.Row.Number}; write '{end}' here");
        }
    }

    private static (string Begin, string End) Words(XlsFormTypeKind kind) => kind switch
    {
        XlsFormTypeKind.BeginRepeat => ("begin repeat", "end repeat"),
        XlsFormTypeKind.BeginLoop => ("begin loop", "end loop"),
        _ => ("begin group", "end group"),
    };
}
