using Microsoft.Extensions.Options;

namespace ClusterWorkflow.Host.Ui;

/// <summary>Which program the UI shows (one program per installation for now).</summary>
public sealed class UiProgram(IOptions<UiOptions> options)
{
    public string Id { get; } = options.Value.ProgramId;
}
