namespace ClusterWorkflow.Domain.Forms.XlsForm;

/// <summary>Limits and defaults of the XLSForm importer.</summary>
public sealed class XlsFormImportOptions
{
    /// <summary>Largest file accepted, in bytes. Default 10 MB: real XLSForms are a few hundred KB.</summary>
    public long MaxFileBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>Most rows read from one sheet. Default 5,000; a longer survey is almost certainly not a form.</summary>
    public int MaxRowsPerSheet { get; init; } = 5_000;

    /// <summary>
    /// Language code for texts in unmarked columns (<c>label</c> without <c>::language</c>) when the
    /// settings sheet names no <c>default_language</c>. Default "en".
    /// </summary>
    public string FallbackLanguage { get; init; } = "en";
}
