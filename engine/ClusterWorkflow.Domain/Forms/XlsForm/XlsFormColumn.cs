namespace ClusterWorkflow.Domain.Forms.XlsForm;

/// <summary>
/// A header cell understood: <c>label::Hindi (hi)</c> in column C is Key <c>label</c>, Language
/// "Hindi (hi)", Letter "C". Keys are lower-case with the spellings of older XLSForms mapped onto
/// today's (<c>list name</c> → <c>list_name</c>, <c>jr:constraintMsg</c> → <c>constraint_message</c>).
/// </summary>
internal sealed record XlsFormColumn(string Letter, string Header, string Key, string? Language)
{
    private static readonly HashSet<string> Translatable = new(StringComparer.Ordinal)
    {
        "label", "hint", "guidance_hint", "constraint_message", "required_message", "media", "image", "audio", "video", "big-image",
    };

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["list name"] = "list_name",
        ["constraint message"] = "constraint_message",
        ["jr:constraintmsg"] = "constraint_message",
        ["constraintmsg"] = "constraint_message",
        ["required message"] = "required_message",
        ["jr:requiredmsg"] = "required_message",
        ["requiredmsg"] = "required_message",
        ["calculate"] = "calculation",
        ["choice filter"] = "choice_filter",
        ["repeat count"] = "repeat_count",
        ["jr:count"] = "repeat_count",
        ["read only"] = "read_only",
        ["default language"] = "default_language",
        ["form title"] = "form_title",
        ["form id"] = "form_id",
    };

    public static XlsFormColumn Parse(string letter, string header)
    {
        var text = header.Trim();
        var separator = text.IndexOf("::", StringComparison.Ordinal);
        var separatorLength = 2;
        if (separator < 0)
        {
            // Older forms write one colon (label:english); only translatable columns take a language that way.
            separator = text.IndexOf(':');
            separatorLength = 1;
            if (separator > 0 && !Translatable.Contains(Normalize(text[..separator])))
            {
                separator = -1;
            }
        }
        if (separator > 0)
        {
            var key = Normalize(text[..separator]);
            var language = text[(separator + separatorLength)..].Trim();
            return new XlsFormColumn(letter, header, key, language.Length > 0 ? language : null);
        }
        return new XlsFormColumn(letter, header, Normalize(text), null);
    }

    private static string Normalize(string text)
    {
        var lower = text.Trim().ToLowerInvariant();
        return Aliases.TryGetValue(lower, out var alias) ? alias : lower.Replace(' ', '_');
    }
}
