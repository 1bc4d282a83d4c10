namespace ClusterWorkflow.Domain.Forms.Upload;

/// <summary>Excel column letters: 0 → A, 25 → Z, 26 → AA.</summary>
internal static class SpreadsheetColumns
{
    public static string Letter(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }
        return letters;
    }
}
