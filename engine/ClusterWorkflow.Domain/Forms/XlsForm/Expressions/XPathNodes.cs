namespace ClusterWorkflow.Domain.Forms.XlsForm.Expressions;

// The syntax tree of one XLSForm expression. Position is the 1-based column of the node's first
// character, so every problem found while emitting JavaScript can point at the exact spot.

internal abstract record XPathNode(int Position);

/// <summary><c>or and = != &lt; &lt;= &gt; &gt;= + - * div mod |</c></summary>
internal sealed record XPathBinary(string Operator, XPathNode Left, XPathNode Right, int Position) : XPathNode(Position);

internal sealed record XPathNegation(XPathNode Operand, int Position) : XPathNode(Position);

internal sealed record XPathNumber(string Text, int Position) : XPathNode(Position);

internal sealed record XPathString(string Value, int Position) : XPathNode(Position);

/// <summary><c>${name}</c>.</summary>
internal sealed record XPathFieldReference(string Name, int Position) : XPathNode(Position);

/// <summary><c>.</c>, the value of the question the expression belongs to.</summary>
internal sealed record XPathCurrent(int Position) : XPathNode(Position);

internal sealed record XPathFunctionCall(string Name, IReadOnlyList<XPathNode> Arguments, int Position) : XPathNode(Position);

/// <summary>
/// Any other location path (<c>..</c>, <c>/data/field</c>, <c>../field</c>, <c>x[1]</c>):
/// kept as written so the emitter can map the simple ones and report the rest.
/// <see cref="IsFiltered"/>: it has a predicate <c>[...]</c> or starts from a value (<c>${x}/y</c>).
/// </summary>
internal sealed record XPathPath(string Text, IReadOnlyList<string> Steps, bool IsAbsolute, bool IsFiltered, int Position) : XPathNode(Position);
