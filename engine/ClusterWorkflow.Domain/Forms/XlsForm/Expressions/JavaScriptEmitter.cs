using System.Globalization;

namespace ClusterWorkflow.Domain.Forms.XlsForm.Expressions;

/// <summary>
/// Walks an XPath syntax tree and writes the equivalent JavaScript, recording every construct it
/// cannot translate faithfully instead of dropping it. Function calls go to <see cref="XPathFunctionEmitter"/>.
/// </summary>
internal sealed class JavaScriptEmitter(XlsFormExpressionContext context)
{
    private readonly List<ExpressionProblem> _problems = [];
    private readonly List<string> _references = [];

    public XlsFormExpressionContext Context => context;

    public IReadOnlyList<ExpressionProblem> Problems => _problems;

    public IReadOnlyList<string> References => _references;

    public void Error(int column, string message) => _problems.Add(new ExpressionProblem(column, message));

    public void Warning(int column, string message) => _problems.Add(new ExpressionProblem(column, message, IsWarning: true));

    public JsFragment Emit(XPathNode node) => node switch
    {
        XPathBinary binary => EmitBinary(binary),
        XPathNegation negation => new JsFragment("-" + Numeric(EmitScalar(negation.Operand)).At(JsFragment.Unary), JsFragment.Unary, JsKind.Number),
        XPathNumber number => EmitNumber(number),
        XPathString text => new JsFragment(XlsFormJavaScript.Quote(text.Value), JsFragment.Primary, JsKind.Text),
        XPathFieldReference reference => EmitField(reference.Name, reference.Position),
        XPathCurrent current => EmitCurrent(current.Position),
        XPathFunctionCall call => XPathFunctionEmitter.Emit(call, this),
        XPathPath path => EmitPath(path),
        _ => throw new InvalidOperationException($"unhandled node {node.GetType().Name}"),
    };

    /// <summary>Emits a value used as one value: a whole repeat column there is a mistake in the form.</summary>
    public JsFragment EmitScalar(XPathNode node)
    {
        var fragment = Emit(node);
        if (fragment.IsList)
        {
            Error(node.Position, "this refers to a question inside a repeat from outside that repeat, which gives many values; "
                + "wrap it in sum(), count(), min(), max() or join()");
        }
        return fragment;
    }

    /// <summary>Converts to a number where JavaScript would not do it the way XPath does (text, dates).</summary>
    public static JsFragment Numeric(JsFragment fragment) =>
        fragment.Kind is JsKind.Number ? fragment : JsFragment.Call("number", JsKind.Number, fragment.Code);

    private JsFragment EmitBinary(XPathBinary binary)
    {
        if (binary.Operator == "|")
        {
            Error(binary.Position, "'|' (joining node-sets) is not supported");
        }
        var left = EmitScalar(binary.Left);
        var right = EmitScalar(binary.Right);
        switch (binary.Operator)
        {
            case "or":
                return Infix(left, "||", right, JsFragment.Or, JsKind.Boolean);
            case "and":
                return Infix(left, "&&", right, JsFragment.And, JsKind.Boolean);
            case "=" or "!=":
                return EmitEquality(binary.Operator == "=", left, right);
            case "<" or "<=" or ">" or ">=":
                // Dates are ISO strings and compare correctly as strings; against a number they become day counts.
                var mixed = (left.Kind == JsKind.Date) != (right.Kind == JsKind.Date);
                return Infix(mixed ? Numeric(left) : left, binary.Operator, mixed ? Numeric(right) : right, JsFragment.Relational, JsKind.Boolean);
            case "+":
                return Infix(Numeric(left), "+", Numeric(right), JsFragment.Additive, JsKind.Number);
            case "-":
                return Infix(DatesAsNumbers(left), "-", DatesAsNumbers(right), JsFragment.Additive, JsKind.Number);
            case "*" or "div" or "mod":
                var op = binary.Operator switch { "*" => "*", "div" => "/", _ => "%" };
                return Infix(DatesAsNumbers(left), op, DatesAsNumbers(right), JsFragment.Multiplicative, JsKind.Number);
            default:
                return Infix(left, "||", right, JsFragment.Or, JsKind.Unknown);
        }
    }

    private static JsFragment DatesAsNumbers(JsFragment fragment) =>
        fragment.Kind == JsKind.Date ? Numeric(fragment) : fragment;

    private static JsFragment EmitEquality(bool equal, JsFragment left, JsFragment right)
    {
        // ODK's unanswered value is '', ours is null: "${x} = ''" must mean "x is unanswered".
        var emptyLiteral = "''";
        if (right.Code == emptyLiteral || left.Code == emptyLiteral)
        {
            var other = right.Code == emptyLiteral ? left : right;
            var test = JsFragment.Call("isEmpty", JsKind.Boolean, other.Code);
            return equal ? test : new JsFragment("!" + test.Code, JsFragment.Unary, JsKind.Boolean);
        }
        return Infix(left, equal ? "==" : "!=", right, JsFragment.Equality, JsKind.Boolean);
    }

    private static JsFragment Infix(JsFragment left, string op, JsFragment right, int precedence, JsKind kind) =>
        new($"{left.At(precedence)} {op} {right.At(precedence + 1)}", precedence, kind);

    private static JsFragment EmitNumber(XPathNumber number)
    {
        var value = double.Parse(number.Text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return new JsFragment(value.ToString("R", CultureInfo.InvariantCulture), JsFragment.Primary, JsKind.Number);
    }

    private JsFragment EmitCurrent(int position)
    {
        if (context.CurrentField is null)
        {
            Error(position, "'.' (this question's answer) has no meaning here");
        }
        return new JsFragment(XlsFormJavaScript.CurrentValue, JsFragment.Primary, ToJsKind(context.CurrentField?.Kind ?? XlsFormValueKind.Text));
    }

    private JsFragment EmitPath(XPathPath path)
    {
        if (path.IsFiltered)
        {
            Error(path.Position, $"the path '{path.Text}' uses a filter [...] or steps after a value, which is not supported; refer to questions as ${{name}}");
            return new JsFragment("undefined", JsFragment.Primary, JsKind.Unknown);
        }
        var last = path.Steps.Count > 0 ? path.Steps[^1] : "";
        if (last is "." or ".." or "*" or "" || !context.Fields.ContainsKey(last))
        {
            var hint = path.Text == ".." ? "'..' is only supported as position(..)" : $"the path '{path.Text}' is not supported; refer to questions as ${{name}}";
            Error(path.Position, hint);
            return new JsFragment("undefined", JsFragment.Primary, JsKind.Unknown);
        }
        // "/data/group/name" and "../name" name a question by its last step, as ${name} does.
        return EmitField(last, path.Position);
    }

    public JsFragment EmitField(string name, int position)
    {
        if (!_references.Contains(name))
        {
            _references.Add(name);
        }
        if (context.Unavailable.TryGetValue(name, out var reason))
        {
            Error(position, $"'${{{name}}}' refers to a question that was left out of the import ({reason})");
            return new JsFragment("undefined", JsFragment.Primary, JsKind.Unknown);
        }
        if (!context.Fields.TryGetValue(name, out var symbol))
        {
            Error(position, $"'${{{name}}}' refers to no question of this form; check the spelling (names are case-sensitive)");
            return new JsFragment(XlsFormJavaScript.IsIdentifier(name) ? name : "undefined", JsFragment.Primary, JsKind.Unknown);
        }
        if (!XlsFormJavaScript.IsIdentifier(symbol.JavaScriptName) || symbol.JavaScriptName is XlsFormJavaScript.CurrentValue or XlsFormJavaScript.RowPosition)
        {
            Error(position, $"the question name '{name}' cannot be used in an expression; use only letters, digits and '_' (not first) "
                + $"and none of the reserved names '{XlsFormJavaScript.CurrentValue}' and '{XlsFormJavaScript.RowPosition}'");
        }
        return FieldAccess(symbol);
    }

    private JsFragment FieldAccess(XlsFormSymbol symbol)
    {
        var here = context.CurrentRepeats;
        var shared = 0;
        while (shared < here.Count && shared < symbol.Repeats.Count && here[shared] == symbol.Repeats[shared])
        {
            shared++;
        }
        var kind = ToJsKind(symbol.Kind);
        if (shared == symbol.Repeats.Count)
        {
            // In scope by name: a question outside any repeat, or one in the current row (or an enclosing row).
            return new JsFragment(symbol.JavaScriptName, JsFragment.Primary, kind);
        }
        // Inside repeats the current question is not in: collect the values across all their rows.
        var code = symbol.Repeats[shared];
        foreach (var repeat in symbol.Repeats.Skip(shared + 1).Append(symbol.JavaScriptName))
        {
            code = $"column({code}, {XlsFormJavaScript.Quote(repeat)})";
        }
        return new JsFragment(code, JsFragment.Primary, symbol.Kind == XlsFormValueKind.Repeat ? JsKind.Rows : JsKind.Column);
    }

    private static JsKind ToJsKind(XlsFormValueKind kind) => kind switch
    {
        XlsFormValueKind.Number => JsKind.Number,
        XlsFormValueKind.Date => JsKind.Date,
        XlsFormValueKind.MultipleChoice => JsKind.MultipleChoice,
        XlsFormValueKind.Repeat => JsKind.Rows,
        _ => JsKind.Text,
    };
}
