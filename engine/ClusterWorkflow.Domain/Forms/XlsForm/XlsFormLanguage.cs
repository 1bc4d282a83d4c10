namespace ClusterWorkflow.Domain.Forms.XlsForm;

/// <summary>A language found in <c>label::Name (code)</c> columns: the code keys the form's texts.</summary>
public sealed record XlsFormLanguage(string Code, string Name)
{
    private static readonly Dictionary<string, string> CodesByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["english"] = "en", ["hindi"] = "hi", ["bengali"] = "bn", ["bangla"] = "bn", ["marathi"] = "mr",
        ["telugu"] = "te", ["tamil"] = "ta", ["gujarati"] = "gu", ["kannada"] = "kn", ["malayalam"] = "ml",
        ["odia"] = "or", ["oriya"] = "or", ["punjabi"] = "pa", ["urdu"] = "ur", ["assamese"] = "as",
        ["nepali"] = "ne", ["chhattisgarhi"] = "hne", ["chinese"] = "zh", ["french"] = "fr", ["spanish"] = "es",
        ["portuguese"] = "pt", ["arabic"] = "ar", ["swahili"] = "sw", ["german"] = "de", ["russian"] = "ru",
    };

    /// <summary>
    /// Reads the language part of a header: <c>English (en)</c> gives code <c>en</c>; a bare name
    /// (<c>english</c>, <c>Hindi</c>) is looked up; anything else becomes its own lower-case code.
    /// </summary>
    public static XlsFormLanguage Parse(string text)
    {
        var trimmed = text.Trim();
        var open = trimmed.LastIndexOf('(');
        if (open > 0 && trimmed.EndsWith(')'))
        {
            var code = trimmed[(open + 1)..^1].Trim();
            var name = trimmed[..open].Trim();
            if (code.Length > 0)
            {
                return new XlsFormLanguage(code, name.Length > 0 ? name : code);
            }
        }
        return CodesByName.TryGetValue(trimmed, out var known)
            ? new XlsFormLanguage(known, trimmed)
            : new XlsFormLanguage(trimmed.ToLowerInvariant().Replace(' ', '_'), trimmed);
    }
}
