namespace ClusterWorkflow.Domain.Forms.XlsForm.Expressions;

/// <summary>Translates XLSForm function calls; the special forms (if, not, position...) are written inline.</summary>
internal static class XPathFunctionEmitter
{
    private const int Many = int.MaxValue;

    private static readonly Dictionary<string, XPathFunction> Library = new(StringComparer.Ordinal)
    {
        ["selected"] = new("selected", 2, 2, JsKind.Boolean),
        ["count-selected"] = new("countSelected", 1, 1, JsKind.Number),
        ["selected-at"] = new("selectedAt", 2, 2, JsKind.Text),
        ["string-length"] = new("stringLength", 0, 1, JsKind.Number),
        ["regex"] = new("regex", 2, 2, JsKind.Boolean),
        ["today"] = new("today", 0, 0, JsKind.Date),
        ["now"] = new("now", 0, 0, JsKind.Text),
        ["date"] = new("date", 1, 1, JsKind.Date),
        ["concat"] = new("concat", 0, Many, JsKind.Text),
        ["coalesce"] = new("coalesce", 2, 2, JsKind.Unknown),
        ["number"] = new("number", 1, 1, JsKind.Number),
        ["int"] = new("int", 1, 1, JsKind.Number),
        ["round"] = new("round", 1, 2, JsKind.Number),
        ["string"] = new("string", 1, 1, JsKind.Text),
        ["boolean"] = new("boolean", 1, 1, JsKind.Boolean),
        ["boolean-from-string"] = new("booleanFromString", 1, 1, JsKind.Boolean),
        ["sum"] = new("sum", 1, 1, JsKind.Number, AcceptsLists: true),
        ["count"] = new("count", 1, 1, JsKind.Number, AcceptsLists: true),
        ["min"] = new("min", 1, Many, JsKind.Number, AcceptsLists: true),
        ["max"] = new("max", 1, Many, JsKind.Number, AcceptsLists: true),
        ["join"] = new("join", 2, 2, JsKind.Text, AcceptsLists: true),
        ["contains"] = new("contains", 2, 2, JsKind.Boolean),
        ["starts-with"] = new("startsWith", 2, 2, JsKind.Boolean),
        ["ends-with"] = new("endsWith", 2, 2, JsKind.Boolean),
        ["substr"] = new("substr", 2, 3, JsKind.Text),
        ["substring"] = new("substring", 2, 3, JsKind.Text),
        ["substring-before"] = new("substringBefore", 2, 2, JsKind.Text),
        ["substring-after"] = new("substringAfter", 2, 2, JsKind.Text),
        ["translate"] = new("translate", 3, 3, JsKind.Text),
        ["normalize-space"] = new("normalizeSpace", 0, 1, JsKind.Text),
        ["floor"] = new("Math.floor", 1, 1, JsKind.Number, NumericArguments: true),
        ["ceiling"] = new("Math.ceil", 1, 1, JsKind.Number, NumericArguments: true),
        ["abs"] = new("Math.abs", 1, 1, JsKind.Number, NumericArguments: true),
        ["pow"] = new("Math.pow", 2, 2, JsKind.Number, NumericArguments: true),
        ["sqrt"] = new("Math.sqrt", 1, 1, JsKind.Number, NumericArguments: true),
        ["exp"] = new("Math.exp", 1, 1, JsKind.Number, NumericArguments: true),
        ["log"] = new("Math.log", 1, 1, JsKind.Number, NumericArguments: true),
        ["log10"] = new("Math.log10", 1, 1, JsKind.Number, NumericArguments: true),
        ["sin"] = new("Math.sin", 1, 1, JsKind.Number, NumericArguments: true),
        ["cos"] = new("Math.cos", 1, 1, JsKind.Number, NumericArguments: true),
        ["tan"] = new("Math.tan", 1, 1, JsKind.Number, NumericArguments: true),
        ["asin"] = new("Math.asin", 1, 1, JsKind.Number, NumericArguments: true),
        ["acos"] = new("Math.acos", 1, 1, JsKind.Number, NumericArguments: true),
        ["atan"] = new("Math.atan", 1, 1, JsKind.Number, NumericArguments: true),
        ["atan2"] = new("Math.atan2", 2, 2, JsKind.Number, NumericArguments: true),
    };

    /// <summary>Known ODK functions that need data or devices this product does not have.</summary>
    private static readonly HashSet<string> Unsupported = new(StringComparer.Ordinal)
    {
        "pulldata", "instance", "indexed-repeat", "jr:choice-name", "jr:itext", "uuid", "random", "randomize",
        "digest", "area", "distance", "geofence", "format-date", "format-date-time", "decimal-date-time",
        "decimal-time", "date-time", "version", "property", "checklist", "weighted-checklist", "current",
        "base64-decode", "encrypt-string", "last", "local-name", "name", "namespace-uri", "id", "lang",
    };

    public static JsFragment Emit(XPathFunctionCall call, JavaScriptEmitter emitter)
    {
        var args = call.Arguments;
        switch (call.Name)
        {
            case "true" or "false" when HasArity(call, 0, 0, emitter):
                return new JsFragment(call.Name, JsFragment.Primary, JsKind.Boolean);
            case "pi" when HasArity(call, 0, 0, emitter):
                return new JsFragment("Math.PI", JsFragment.Primary, JsKind.Number);
            case "not" when HasArity(call, 1, 1, emitter):
                return new JsFragment("!" + emitter.EmitScalar(args[0]).At(JsFragment.Unary), JsFragment.Unary, JsKind.Boolean);
            case "if" when HasArity(call, 3, 3, emitter):
                return EmitIf(args, emitter);
            case "once" when HasArity(call, 1, 1, emitter):
                emitter.Warning(call.Position, "once() is evaluated every time here, not only the first time");
                return emitter.EmitScalar(args[0]);
            case "position":
                return EmitPosition(call, emitter);
            case "true" or "false" or "pi" or "not" or "if" or "once":
                return Placeholder(args, emitter);
        }
        if (Library.TryGetValue(call.Name, out var function))
        {
            return HasArity(call, function.MinArguments, function.MaxArguments, emitter)
                ? EmitLibraryCall(call, function, emitter)
                : Placeholder(args, emitter);
        }
        emitter.Error(call.Position, Unsupported.Contains(call.Name)
            ? $"function '{call.Name}' is not supported; compute this value another way or leave it out"
            : $"unknown function '{call.Name}'; check the spelling");
        return Placeholder(args, emitter);
    }

    private static JsFragment EmitLibraryCall(XPathFunctionCall call, XPathFunction function, JavaScriptEmitter emitter)
    {
        var fragments = call.Arguments
            .Select(a => function.AcceptsLists ? emitter.Emit(a) : emitter.EmitScalar(a))
            .Select(f => function.NumericArguments ? JavaScriptEmitter.Numeric(f) : f)
            .ToList();
        var arguments = fragments.Select(f => f.Code).ToList();
        if (arguments.Count == 0 && function.MaxArguments > 0)
        {
            // string-length() and normalize-space() without an argument work on the current answer.
            arguments.Add(XlsFormJavaScript.CurrentValue);
        }
        var kind = call.Name == "coalesce" ? fragments[0].Kind : function.Result;
        return JsFragment.Call(function.JavaScriptName, kind, arguments);
    }

    private static JsFragment EmitIf(IReadOnlyList<XPathNode> args, JavaScriptEmitter emitter)
    {
        var condition = emitter.EmitScalar(args[0]);
        var whenTrue = emitter.EmitScalar(args[1]);
        var whenFalse = emitter.EmitScalar(args[2]);
        var kind = whenTrue.Kind == whenFalse.Kind ? whenTrue.Kind : JsKind.Unknown;
        return new JsFragment(
            $"{condition.At(JsFragment.Or)} ? {whenTrue.At(JsFragment.Conditional)} : {whenFalse.At(JsFragment.Conditional)}",
            JsFragment.Conditional,
            kind);
    }

    private static JsFragment EmitPosition(XPathFunctionCall call, JavaScriptEmitter emitter)
    {
        var isParent = call.Arguments.Count == 1 && call.Arguments[0] is XPathPath { Text: ".." };
        if (!isParent)
        {
            emitter.Error(call.Position, "only position(..) (the number of the current repeat row) is supported");
        }
        else if (emitter.Context.CurrentRepeats.Count == 0)
        {
            emitter.Error(call.Position, "position(..) is only meaningful for a question inside a repeat");
        }
        return new JsFragment(XlsFormJavaScript.RowPosition, JsFragment.Primary, JsKind.Number);
    }

    private static bool HasArity(XPathFunctionCall call, int min, int max, JavaScriptEmitter emitter)
    {
        var count = call.Arguments.Count;
        if (count >= min && count <= max)
        {
            return true;
        }
        var expected = min == max ? $"{min}" : max == Many ? $"at least {min}" : $"{min} to {max}";
        emitter.Error(call.Position, $"{call.Name}() takes {expected} argument{(max == 1 && min == 1 ? "" : "s")}, not {count}");
        return false;
    }

    /// <summary>Still walks the arguments so problems inside them are reported too.</summary>
    private static JsFragment Placeholder(IReadOnlyList<XPathNode> args, JavaScriptEmitter emitter)
    {
        foreach (var argument in args)
        {
            emitter.Emit(argument);
        }
        return new JsFragment("undefined", JsFragment.Primary, JsKind.Unknown);
    }
}
