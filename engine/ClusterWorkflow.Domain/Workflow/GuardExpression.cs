using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ClusterWorkflow.Domain.Workflow;

/// <summary>
/// The little static reasoning about guard texts that <see cref="GuardOverlapAnalyzer"/> relies on.
/// It never runs a script; it only recognises shapes whose meaning is certain.
/// </summary>
internal static partial class GuardExpression
{
    [GeneratedRegex("""^(?<name>[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)(?<op>===|!==|==|!=|<=|>=|<|>)(?<literal>'[^'\\]*'|"[^"\\]*"|-?\d+(?:\.\d+)?|true|false)$""")]
    private static partial Regex ComparisonPattern();

    /// <summary>The guard with insignificant spaces and redundant outer parentheses removed; null when there is none.</summary>
    public static string? Normalize(string? guard)
    {
        if (string.IsNullOrWhiteSpace(guard))
        {
            return null;
        }
        var compact = RemoveInsignificantSpace(guard.Trim());
        return StripOuterParentheses(compact.TrimEnd(';'));
    }

    /// <summary>True only when both guards can never be true at the same time.</summary>
    public static bool ProvablyExclusive(string a, string b) =>
        IsNegationOf(a, b) || IsNegationOf(b, a) || ComparisonsExclude(a, b);

    private static bool IsNegationOf(string candidate, string guard) =>
        candidate.StartsWith('!') && !candidate.StartsWith("!=", StringComparison.Ordinal)
        && StripOuterParentheses(candidate[1..]) == guard
        && (candidate[1] == '(' || IsSimpleName(guard));

    private static bool ComparisonsExclude(string a, string b)
    {
        var first = ComparisonPattern().Match(a);
        var second = ComparisonPattern().Match(b);
        if (!first.Success || !second.Success || first.Groups["name"].Value != second.Groups["name"].Value)
        {
            return false;
        }
        var (opA, litA) = (first.Groups["op"].Value, first.Groups["literal"].Value);
        var (opB, litB) = (second.Groups["op"].Value, second.Groups["literal"].Value);
        if (KindOf(litA) != KindOf(litB))
        {
            return false; // 1 == '1' in JavaScript: mixed kinds prove nothing
        }
        if (litA == litB && AreComplements(opA, opB))
        {
            return true;
        }
        if (KindOf(litA) == 'n')
        {
            return NumericRange.From(opA, litA) is { } ra && NumericRange.From(opB, litB) is { } rb && !ra.Intersects(rb);
        }
        return IsEquality(opA) && IsEquality(opB) && litA[1..^1] != litB[1..^1] && litA != litB;
    }

    private static bool AreComplements(string x, string y) =>
        (x, y) is ("==", "!=") or ("!=", "==") or ("===", "!==") or ("!==", "===")
            or ("<", ">=") or (">=", "<") or (">", "<=") or ("<=", ">");

    private static bool IsEquality(string op) => op is "==" or "===";

    private static char KindOf(string literal) => literal[0] switch
    {
        '\'' or '"' => 's',
        't' or 'f' => 'b',
        _ => 'n',
    };

    private static bool IsSimpleName(string text) => text.All(c => char.IsLetterOrDigit(c) || c is '_' or '$' or '.');

    private static string RemoveInsignificantSpace(string text)
    {
        var builder = new StringBuilder(text.Length);
        char? quote = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is not null)
            {
                builder.Append(c);
                if (c == '\\' && i + 1 < text.Length)
                {
                    builder.Append(text[++i]);
                }
                else if (c == quote)
                {
                    quote = null;
                }
            }
            else if (char.IsWhiteSpace(c))
            {
                // Keep one space only where it separates two words ("typeof x"), never around operators.
                var next = i + 1 < text.Length ? text[i + 1] : ' ';
                if (builder.Length > 0 && IsWordChar(builder[^1]) && IsWordChar(next))
                {
                    builder.Append(' ');
                }
            }
            else
            {
                if (c is '\'' or '"' or '`')
                {
                    quote = c;
                }
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '$';

    private static string StripOuterParentheses(string text)
    {
        while (text.Length >= 2 && text[0] == '(' && ClosingOf(text, 0) == text.Length - 1)
        {
            text = text[1..^1];
        }
        return text;
    }

    private static int ClosingOf(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            depth += text[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (depth == 0)
            {
                return i;
            }
        }
        return -1;
    }

    private sealed record NumericRange(double Low, bool LowOpen, double High, bool HighOpen)
    {
        public static NumericRange? From(string op, string literal)
        {
            var value = double.Parse(literal, CultureInfo.InvariantCulture);
            return op switch
            {
                "==" or "===" => new(value, false, value, false),
                "<" => new(double.NegativeInfinity, true, value, true),
                "<=" => new(double.NegativeInfinity, true, value, false),
                ">" => new(value, true, double.PositiveInfinity, true),
                ">=" => new(value, false, double.PositiveInfinity, true),
                _ => null,
            };
        }

        public bool Intersects(NumericRange other)
        {
            var low = Math.Max(Low, other.Low);
            var high = Math.Min(High, other.High);
            if (low < high)
            {
                return true;
            }
            if (low > high)
            {
                return false;
            }
            return !(Low == low && LowOpen) && !(other.Low == low && other.LowOpen)
                && !(High == high && HighOpen) && !(other.High == high && other.HighOpen);
        }
    }
}
