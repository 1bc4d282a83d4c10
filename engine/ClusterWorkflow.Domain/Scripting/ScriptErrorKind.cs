namespace ClusterWorkflow.Domain.Scripting;

/// <summary>Why a script did not produce a value.</summary>
public enum ScriptErrorKind
{
    Syntax,
    Runtime,
    Timeout,
    StatementLimit,
    MemoryLimit,
    RecursionLimit,
    Cancelled,
    InvalidResult,
}
