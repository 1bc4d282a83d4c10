namespace ClusterWorkflow.Host.Hosting;

/// <summary>
/// The host cannot start because of how it was set up (a data folder it cannot write, a missing
/// connection string). Its message is printed as is, without a stack trace, and the process exits 1.
/// </summary>
public sealed class HostStartException(string message, Exception? inner = null) : Exception(message, inner);
