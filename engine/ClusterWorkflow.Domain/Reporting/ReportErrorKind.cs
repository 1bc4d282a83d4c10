namespace ClusterWorkflow.Domain.Reporting;

/// <summary>Why a template could not be parsed or rendered.</summary>
public enum ReportErrorKind
{
    Syntax,
    UnknownVariable,
    LoopLimit,
    RecursionLimit,
    OutputLimit,
    Timeout,
    Cancelled,
    Runtime,
    WrongModel,
}
