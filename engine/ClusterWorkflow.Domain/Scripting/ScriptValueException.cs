namespace ClusterWorkflow.Domain.Scripting;

/// <summary>A value that cannot cross the sandbox boundary; turned into <see cref="ScriptErrorKind.InvalidResult"/>.</summary>
internal sealed class ScriptValueException(string message) : Exception(message);
