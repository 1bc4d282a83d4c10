namespace ClusterWorkflow.Host.Ui;

/// <summary>Settings of the web UI, section <c>ClusterWorkflow:Ui</c>.</summary>
public sealed class UiOptions
{
    public const string Section = "ClusterWorkflow:Ui";

    /// <summary>The program the program manager's pages work on; default the pilot's <c>nretp-pilot</c>.</summary>
    public string ProgramId { get; set; } = "nretp-pilot";
}
