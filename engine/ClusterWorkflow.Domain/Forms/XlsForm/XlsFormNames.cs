using System.Text;
using ClusterWorkflow.Domain.Forms.XlsForm.Expressions;

namespace ClusterWorkflow.Domain.Forms.XlsForm;

/// <summary>
/// Question names in this product are JavaScript identifiers that do not hide the names expressions
/// rely on; XLSForm names may contain '-' or '.', or be such names. This makes the closest valid name.
/// </summary>
internal static class XlsFormNames
{
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        ExpressionNames.CurrentValue, ExpressionNames.RowPosition,
        "Math", "Date", "String", "Number", "Array", "Object", "Boolean", "RegExp", "JSON",
        "isNaN", "isFinite", "parseInt", "parseFloat", "daysInMonth",
    };

    public static bool IsUsable(string name) =>
        XlsFormJavaScript.IsIdentifier(name) && !Reserved.Contains(name) && !XlsFormFunctions.Names.Contains(name) && !name.StartsWith('$');

    /// <summary>A usable identifier close to <paramref name="name"/> and not in <paramref name="taken"/>.</summary>
    public static string ToIdentifier(string name, IReadOnlySet<string> taken)
    {
        var builder = new StringBuilder(name.Length + 1);
        foreach (var c in name)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_');
        }
        if (builder.Length == 0 || char.IsAsciiDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }
        var candidate = builder.ToString();
        if (!IsUsable(candidate))
        {
            candidate += "_";
        }
        var unique = candidate;
        for (var n = 2; taken.Contains(unique); n++)
        {
            unique = $"{candidate}_{n}";
        }
        return unique;
    }
}
