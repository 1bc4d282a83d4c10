namespace ClusterWorkflow.Domain.Scripting;

/// <summary>Thrown inside the engine when a script used more processor time than its limit.</summary>
internal sealed class ProcessorTimeExceededException(TimeSpan limit)
    : TimeoutException($"The script used more than {limit.TotalSeconds:0.###} s of processor time.");
