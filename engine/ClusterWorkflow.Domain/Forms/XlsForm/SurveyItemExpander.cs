namespace ClusterWorkflow.Domain.Forms.XlsForm;

/// <summary>
/// Turns the XLSForm shorthands into plain items: a loop over a choice list becomes one group per
/// choice (names suffixed with the choice), and <c>or_other</c> adds the choice "other" and a text
/// question <c>NAME_other</c> shown when it is selected, as ODK does.
/// </summary>
internal static class SurveyItemExpander
{
    public const string OtherChoice = "other";

    public static void Expand(List<SurveyItem> items, IReadOnlyDictionary<string, ChoiceList> lists, XlsFormImportContext context)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            Expand(item.Children, lists, context);
            if (item.Type.Kind == XlsFormTypeKind.BeginLoop)
            {
                var copies = lists.TryGetValue(item.Type.ListName!, out var list)
                    ? list.Choices.Select(choice => CopyForChoice(item, choice, context.DefaultLanguage)).ToList()
                    : [];
                items.RemoveAt(i);
                items.InsertRange(i, copies);
                i += copies.Count - 1;
            }
            else if (item.Type.OrOther && lists.TryGetValue(item.Type.ListName!, out var list))
            {
                if (list.Choices.All(c => c.Name != OtherChoice))
                {
                    list.Choices.Add(new Choice { Name = OtherChoice, Label = new() { [context.DefaultLanguage] = "Other" } });
                }
                items.Insert(i + 1, new SurveyItem
                {
                    Row = item.Row,
                    Type = new XlsFormType(XlsFormTypeKind.Question, FieldType.Text),
                    Name = item.Name + "_" + OtherChoice,
                    OtherOf = item,
                    Renames = item.Renames,
                });
                i++;
            }
        }
    }

    private static SurveyItem CopyForChoice(SurveyItem loop, Choice choice, string language)
    {
        var renames = loop.SelfAndDescendants().Skip(1).Select(d => d.Name).Distinct()
            .ToDictionary(name => name, name => $"{name}_{choice.Name}");
        var substitutions = new Dictionary<string, string>
        {
            ["%(label)s"] = LocalizedText.Pick(choice.Label, language) ?? choice.Name,
            ["%(name)s"] = choice.Name,
        };
        return new SurveyItem
        {
            Row = loop.Row,
            Type = loop.Type with { Kind = XlsFormTypeKind.BeginGroup, ListName = null },
            Name = $"{loop.Name}_{choice.Name}",
            Children = loop.Children.Select(child => Copy(child, renames, substitutions)).ToList(),
            TextSubstitutions = substitutions,
        };
    }

    private static SurveyItem Copy(SurveyItem item, Dictionary<string, string> renames, Dictionary<string, string> substitutions) => new()
    {
        Row = item.Row,
        Type = item.Type,
        Name = renames[item.Name],
        Children = item.Children.Select(child => Copy(child, renames, substitutions)).ToList(),
        Renames = renames,
        TextSubstitutions = substitutions,
        OtherOf = item.OtherOf,
    };
}
