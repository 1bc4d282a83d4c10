namespace ClusterWorkflow.Domain.Forms;

/// <summary>Picks a text in the requested language, falling back to English, then to any language given.</summary>
public static class LocalizedText
{
    public const string Fallback = "en";

    public static string? Pick(IReadOnlyDictionary<string, string>? texts, string language)
    {
        if (texts is null || texts.Count == 0)
        {
            return null;
        }
        if (texts.TryGetValue(language, out var text) && !string.IsNullOrWhiteSpace(text))
        {
            return text;
        }
        if (texts.TryGetValue(Fallback, out text) && !string.IsNullOrWhiteSpace(text))
        {
            return text;
        }
        return texts.Values.FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
    }
}
