using System.Text.Json.Serialization;

namespace ClusterWorkflow.Domain.Forms.XlsForm;

/// <summary>How much an import problem matters.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ImportSeverity>))]
public enum ImportSeverity
{
    /// <summary>The form cannot be imported until this is fixed in the spreadsheet.</summary>
    Error,

    /// <summary>Imported, but differently from what ODK would do (a renamed question, a dropped column).</summary>
    Warning,

    /// <summary>Deliberately left out, e.g. device metadata such as <c>start</c> or <c>deviceid</c>.</summary>
    Info,
}
