namespace ClusterWorkflow.Domain.Forms.XlsForm.Expressions;

/// <summary>What an emitted piece of JavaScript yields, so operators can convert only where needed.</summary>
internal enum JsKind
{
    Unknown,
    Number,
    Text,
    Date,
    Boolean,
    MultipleChoice,

    /// <summary>An array of repeat rows.</summary>
    Rows,

    /// <summary>An array of one question's values across repeat rows.</summary>
    Column,
}

/// <param name="Precedence">JavaScript operator precedence of the outermost operator (higher binds tighter).</param>
internal sealed record JsFragment(string Code, int Precedence, JsKind Kind)
{
    public const int Conditional = 2;
    public const int Or = 3;
    public const int And = 4;
    public const int Equality = 8;
    public const int Relational = 9;
    public const int Additive = 11;
    public const int Multiplicative = 12;
    public const int Unary = 14;
    public const int Primary = 20;

    public bool IsList => Kind is JsKind.Rows or JsKind.Column;

    /// <summary>The code, parenthesized when it binds looser than <paramref name="minimumPrecedence"/>.</summary>
    public string At(int minimumPrecedence) => Precedence >= minimumPrecedence ? Code : $"({Code})";

    public static JsFragment Call(string function, JsKind kind, params IEnumerable<string> arguments) =>
        new($"{function}({string.Join(", ", arguments)})", Primary, kind);
}
