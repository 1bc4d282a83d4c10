using ClusterWorkflow.Domain.Scripting;

namespace ClusterWorkflow.Domain.Forms;

/// <summary>Settings of form validation and roster upload, with their defaults.</summary>
public sealed class FormsOptions
{
    /// <summary>Limits for form expressions. Defaults of <see cref="ScriptOptions"/>.</summary>
    public ScriptOptions Script { get; set; } = new();

    /// <summary>
    /// JavaScript loaded into every engine after the built-in form functions, e.g. the XLSForm
    /// helpers (<c>selected</c>, <c>countSelected</c>...). Default none.
    /// </summary>
    public string? AdditionalPrelude { get; set; }

    /// <summary>Rows a repeat may hold when its definition sets no <see cref="FieldDefinition.MaxRows"/>. Default 5,000.</summary>
    public int DefaultMaxRepeatRows { get; set; } = 5_000;

    /// <summary>Data rows an uploaded roster file may hold. Default 2,000 (a cluster has about 500 enterprises).</summary>
    public int UploadMaxRows { get; set; } = 2_000;

    /// <summary>Bytes an uploaded roster file may have. Default 10 MB.</summary>
    public long UploadMaxBytes { get; set; } = 10L * 1024 * 1024;
}
