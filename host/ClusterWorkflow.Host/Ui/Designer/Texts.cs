namespace ClusterWorkflow.Host.Ui.Designer;

/// <summary>Language-keyed texts as the designer writes them back: English and Hindi from the boxes, other languages kept.</summary>
internal static class Texts
{
    public static Dictionary<string, string> With(Dictionary<string, string> original, string english, string hindi)
    {
        var texts = new Dictionary<string, string>(original);
        Set(texts, "en", english);
        Set(texts, "hi", hindi);
        return texts;
    }

    private static void Set(Dictionary<string, string> texts, string language, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            texts.Remove(language);
        }
        else
        {
            texts[language] = text.Trim();
        }
    }
}
