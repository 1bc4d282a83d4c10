namespace ClusterWorkflow.Domain.Scripting;

/// <summary>The limits of <see cref="ScriptOptions"/> that Jint fixes when an engine is built (the time limits are read per evaluation).</summary>
internal readonly record struct EngineLimits(int MaxStatements, long MemoryLimitBytes, int MaxRecursionDepth)
{
    public static EngineLimits Of(ScriptOptions options) => new(options.MaxStatements, options.MemoryLimitBytes, options.MaxRecursionDepth);
}
