namespace ClusterWorkflow.Domain.Scripting;

/// <summary>
/// The outcome of one evaluation: a plain .NET value (double, string, bool, null,
/// <see cref="List{T}"/> of object?, <see cref="Dictionary{TKey,TValue}"/> of string to object?) or an error.
/// </summary>
public sealed record ScriptResult(object? Value, ScriptError? Error)
{
    public bool Ok => Error is null;

    public static ScriptResult Success(object? value) => new(value, null);

    public static ScriptResult Failure(ScriptError error) => new(null, error);
}
