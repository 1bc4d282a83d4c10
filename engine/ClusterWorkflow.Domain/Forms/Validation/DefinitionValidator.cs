using System.Text.RegularExpressions;
using ClusterWorkflow.Domain.Scripting;

namespace ClusterWorkflow.Domain.Forms.Validation;

/// <summary>
/// Checks a form definition before it is saved: names, types, choice lists, and every expression
/// (syntax with line:column, names it refers to, self-reference, circular calculations). All
/// problems are collected in one pass, each with the field path.
/// </summary>
internal sealed partial class DefinitionValidator(ScriptSandbox sandbox)
{
    private static readonly HashSet<string> ReservedWords = new(StringComparer.Ordinal)
    {
        "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else", "enum",
        "export", "extends", "false", "finally", "for", "function", "if", "import", "in", "instanceof", "new", "null",
        "return", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with", "yield",
        "let", "static", "implements", "interface", "package", "private", "protected", "public", "await", "arguments", "eval",
        ExpressionNames.CurrentValue, ExpressionNames.RowPosition,
    };

    private readonly List<DefinitionProblem> _problems = [];

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();

    public IReadOnlyList<DefinitionProblem> Validate(FormDefinition form)
    {
        if (string.IsNullOrWhiteSpace(form.Id))
        {
            Problem("id", null, "The form has no id; give it a short name such as 'enterprise_roster'.");
        }
        if (form.Version < 1)
        {
            Problem("version", null, $"The version is {form.Version}; versions start at 1.");
        }
        if (form.Languages.Count == 0)
        {
            Problem("languages", null, "No language is listed; add at least \"en\".");
        }
        if (LocalizedText.Pick(form.Title, "en") is null)
        {
            Problem("title", null, "The form has no title; give one in English (\"en\") and, ideally, Hindi (\"hi\").");
        }

        var choiceLists = ValidateChoiceLists(form.ChoiceLists);
        var catalog = new FieldCatalog(form.Fields);
        foreach (var (name, paths) in catalog.Duplicates)
        {
            Problem(paths[1], "name", $"The name '{name}' is used by more than one field ({string.Join(", ", paths)}); field names must be unique.");
        }
        foreach (var entry in catalog.All)
        {
            ValidateField(entry, catalog, choiceLists);
        }
        foreach (var cycle in catalog.CalculationCycles(sandbox))
        {
            Problem(cycle[0], null, $"Skip logic or calculations depend on each other in a circle: {string.Join(" → ", cycle)}. Break the circle.");
        }
        return _problems;
    }

    private HashSet<string> ValidateChoiceLists(List<ChoiceList> lists)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lists.Count; i++)
        {
            var list = lists[i];
            var path = $"choiceLists[{i}]";
            if (string.IsNullOrWhiteSpace(list.Name))
            {
                Problem(path, "name", "A choice list has no name.");
            }
            else if (!names.Add(list.Name))
            {
                Problem(path, "name", $"There are two choice lists named '{list.Name}'; rename or merge one.");
            }
            if (list.Choices.Count == 0)
            {
                Problem(path, "choices", $"The choice list '{list.Name}' has no choices.");
            }
            foreach (var duplicate in list.Choices.GroupBy(c => c.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                Problem(path, "choices", $"The choice list '{list.Name}' has the choice '{duplicate.Key}' more than once.");
            }
            if (list.Choices.Any(c => string.IsNullOrWhiteSpace(c.Name)))
            {
                Problem(path, "choices", $"The choice list '{list.Name}' has a choice without a name.");
            }
        }
        return names;
    }

    private void ValidateField(FieldCatalog.Entry entry, FieldCatalog catalog, HashSet<string> choiceLists)
    {
        var field = entry.Field;
        var path = entry.Path;
        if (!Identifier().IsMatch(field.Name))
        {
            Problem(path, "name", $"'{field.Name}' is not a usable field name; use letters, digits and underscores, starting with a letter.");
        }
        else if (ReservedWords.Contains(field.Name) || sandbox.GlobalNames.Contains(field.Name))
        {
            Problem(path, "name", $"'{field.Name}' is a reserved word or a built-in name of the expression language; choose another name.");
        }

        var isSelect = field.Type is FieldType.SelectOne or FieldType.SelectMultiple;
        if (isSelect && string.IsNullOrWhiteSpace(field.ChoiceList))
        {
            Problem(path, "choiceList", "A select field needs a choice list; set 'choiceList' to the name of one.");
        }
        else if (isSelect && !choiceLists.Contains(field.ChoiceList!))
        {
            Problem(path, "choiceList", $"The choice list '{field.ChoiceList}' does not exist; known lists: {string.Join(", ", choiceLists.Order(StringComparer.Ordinal))}.");
        }
        else if (!isSelect && field.ChoiceList is not null)
        {
            Problem(path, "choiceList", $"Only select fields use a choice list; this field is {field.Type}.");
        }

        var isContainer = field.Type is FieldType.Group or FieldType.Repeat;
        if (isContainer && field.Children.Count == 0)
        {
            Problem(path, "children", $"The {field.Type.ToString().ToLowerInvariant()} '{field.Name}' has no fields inside it.");
        }
        else if (!isContainer && field.Children.Count > 0)
        {
            Problem(path, "children", $"Only groups and repeats contain fields; this field is {field.Type}.");
        }

        var isNumber = field.Type is FieldType.Integer or FieldType.Decimal;
        if (!isNumber && (field.Min is not null || field.Max is not null))
        {
            Problem(path, field.Min is not null ? "min" : "max", $"Only number fields have a minimum or maximum; this field is {field.Type}.");
        }
        if (field.Min > field.Max)
        {
            Problem(path, "min", $"The minimum {field.Min} is larger than the maximum {field.Max}.");
        }
        if (field.MaxRows is not null && (field.Type != FieldType.Repeat || field.MaxRows < 1))
        {
            Problem(path, "maxRows", field.Type != FieldType.Repeat ? "Only repeats have a maximum number of rows." : "The maximum number of rows must be at least 1.");
        }
        if (field.Type == FieldType.Calculate && string.IsNullOrWhiteSpace(field.Calculate))
        {
            Problem(path, "calculate", "A calculate field needs a 'calculate' expression.");
        }
        if (field.Calculate is not null && field.Type is FieldType.Note or FieldType.Group or FieldType.Repeat)
        {
            Problem(path, "calculate", $"A {field.Type} holds no value, so it cannot have a calculation.");
        }

        ValidateExpression(entry, catalog, "relevant", field.Relevant, selfReferenceIsError: true);
        ValidateExpression(entry, catalog, "calculate", field.Calculate, selfReferenceIsError: true);
        ValidateExpression(entry, catalog, "constraint", field.Constraint, selfReferenceIsError: false);
        for (var i = 0; i < field.Checks.Count; i++)
        {
            ValidateExpression(entry, catalog, $"checks[{i}]", field.Checks[i].Expression, selfReferenceIsError: false);
            if (string.IsNullOrWhiteSpace(field.Checks[i].Expression))
            {
                Problem(path, $"checks[{i}]", "The check has no expression.");
            }
        }
    }

    private void ValidateExpression(FieldCatalog.Entry entry, FieldCatalog catalog, string property, string? code, bool selfReferenceIsError)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return;
        }
        var analysis = sandbox.Analyze($"{entry.Path}.{property}", code);
        if (analysis.SyntaxError is { } syntax)
        {
            Problem(entry.Path, property, $"{syntax.Message} Expression: {code}", syntax.Line, syntax.Column);
            return;
        }
        foreach (var name in analysis.UnknownNames)
        {
            if (selfReferenceIsError && (name == entry.Field.Name || name == ExpressionNames.CurrentValue))
            {
                Problem(entry.Path, property, $"The {property} of '{entry.Field.Name}' refers to the field itself; it must depend on other fields only.");
            }
            else if (catalog.Resolve(entry, name) is { } message)
            {
                Problem(entry.Path, property, $"{message} Expression: {code}");
            }
        }
    }

    private void Problem(string path, string? property, string message, int? line = null, int? column = null) =>
        _problems.Add(new DefinitionProblem(path, property, message, line, column));
}
