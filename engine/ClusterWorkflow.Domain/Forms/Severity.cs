using System.Text.Json.Serialization;

namespace ClusterWorkflow.Domain.Forms;

/// <summary>An error blocks submission; a warning travels with the submission to the reviewer.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Severity>))]
public enum Severity
{
    Error,
    Warning,
}
