using System.Text.RegularExpressions;

namespace ClusterWorkflow.Domain.Forms.XlsForm;

/// <summary>
/// A parsed <c>type</c> cell, accepting today's spellings and those of older forms
/// (<c>select one from yes_no or specify other</c>, <c>select all that apply from x</c>, <c>begin_group</c>).
/// </summary>
/// <param name="Note">Why the type was imported differently or left out, when it was.</param>
internal sealed partial record XlsFormType(XlsFormTypeKind Kind, FieldType? FieldType = null, string? ListName = null, bool OrOther = false, string? Note = null)
{
    private static readonly Dictionary<string, XlsFormType> Simple = new(StringComparer.Ordinal)
    {
        ["integer"] = new(XlsFormTypeKind.Question, Forms.FieldType.Integer),
        ["int"] = new(XlsFormTypeKind.Question, Forms.FieldType.Integer),
        ["decimal"] = new(XlsFormTypeKind.Question, Forms.FieldType.Decimal),
        ["text"] = new(XlsFormTypeKind.Question, Forms.FieldType.Text),
        ["string"] = new(XlsFormTypeKind.Question, Forms.FieldType.Text),
        ["phone number"] = new(XlsFormTypeKind.Question, Forms.FieldType.Text),
        ["phone_number"] = new(XlsFormTypeKind.Question, Forms.FieldType.Text),
        ["date"] = new(XlsFormTypeKind.Question, Forms.FieldType.Date),
        ["geopoint"] = new(XlsFormTypeKind.Question, Forms.FieldType.GeoPoint),
        ["note"] = new(XlsFormTypeKind.Question, Forms.FieldType.Note),
        ["calculate"] = new(XlsFormTypeKind.Question, Forms.FieldType.Calculate),
        ["acknowledge"] = new(XlsFormTypeKind.Question, Forms.FieldType.YesNo, Note: "'acknowledge' was imported as a yes/no question"),
        ["trigger"] = new(XlsFormTypeKind.Question, Forms.FieldType.YesNo, Note: "'trigger' was imported as a yes/no question"),
        ["range"] = new(XlsFormTypeKind.Question, Forms.FieldType.Decimal, Note: "'range' was imported as a decimal question (no slider)"),
        ["time"] = new(XlsFormTypeKind.Question, Forms.FieldType.Text, Note: "'time' was imported as a text question (e.g. 14:30)"),
        ["datetime"] = new(XlsFormTypeKind.Question, Forms.FieldType.Text, Note: "'dateTime' was imported as a text question (ISO date and time)"),
        ["barcode"] = new(XlsFormTypeKind.Question, Forms.FieldType.Text, Note: "'barcode' was imported as a text question (typed, not scanned)"),
        ["begin group"] = new(XlsFormTypeKind.BeginGroup, Forms.FieldType.Group),
        ["end group"] = new(XlsFormTypeKind.EndGroup),
        ["begin repeat"] = new(XlsFormTypeKind.BeginRepeat, Forms.FieldType.Repeat),
        ["end repeat"] = new(XlsFormTypeKind.EndRepeat),
        ["end loop"] = new(XlsFormTypeKind.EndLoop),
    };

    private static readonly HashSet<string> MetadataTypes = new(StringComparer.Ordinal)
    {
        "start", "end", "today", "deviceid", "subscriberid", "simserial", "phonenumber", "username", "email",
        "audit", "start-geopoint", "instanceid", "uri:deviceid", "uri:subscriberid", "uri:simserial",
        "uri:phonenumber", "uri:username", "uri:email", "hidden",
    };

    private static readonly HashSet<string> UnsupportedTypes = new(StringComparer.Ordinal)
    {
        "image", "photo", "audio", "video", "file", "background-audio", "geotrace", "geoshape", "rank",
        "xml-external", "csv-external", "osm", "signature",
    };

    public static XlsFormType Parse(string text)
    {
        var type = BeginOrEnd().Replace(Spaces().Replace(text.Trim().ToLowerInvariant(), " "), "$1 ");
        if (Simple.TryGetValue(type, out var simple))
        {
            return simple;
        }
        if (MetadataTypes.Contains(type))
        {
            return new XlsFormType(XlsFormTypeKind.Metadata, Note: $"'{text.Trim()}' is device metadata; the product records its own times and users");
        }
        if (UnsupportedTypes.Contains(type))
        {
            return new XlsFormType(XlsFormTypeKind.Unsupported, Note: $"question type '{text.Trim()}' is not supported (no media, files or shapes)");
        }
        var loop = Loop().Match(type);
        if (loop.Success)
        {
            return new XlsFormType(XlsFormTypeKind.BeginLoop, Forms.FieldType.Group, ListName: OriginalCase(text, loop.Groups["list"]));
        }
        var select = Select().Match(type);
        if (!select.Success)
        {
            return new XlsFormType(XlsFormTypeKind.Unknown);
        }
        var list = OriginalCase(text, select.Groups["list"]);
        var orOther = select.Groups["other"].Success;
        return select.Groups["kind"].Value switch
        {
            var k when k.EndsWith("from_file", StringComparison.Ordinal) =>
                new XlsFormType(XlsFormTypeKind.Unsupported, Note: $"'{k}' (choices from an external file) is not supported; copy the choices into the choices sheet"),
            "select_one" or "select one" or "select1" => new XlsFormType(XlsFormTypeKind.Question, Forms.FieldType.SelectOne, list, orOther),
            _ => new XlsFormType(XlsFormTypeKind.Question, Forms.FieldType.SelectMultiple, list, orOther),
        };
    }

    /// <summary>List names keep their case: the choices sheet is matched exactly.</summary>
    private static string OriginalCase(string original, Group group)
    {
        var match = Regex.Match(original, Regex.Escape(group.Value), RegexOptions.IgnoreCase);
        return match.Success ? match.Value : group.Value;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(begin|end)_")]
    private static partial Regex BeginOrEnd();

    [GeneratedRegex(@"^begin loop over (?<list>\S+)$")]
    private static partial Regex Loop();

    [GeneratedRegex(@"^(?<kind>select_one_from_file|select_multiple_from_file|select_one|select one|select1|select_multiple|select multiple|select all that apply)(?: from)? (?<list>\S+)(?<other> or_other| or specify other)?$")]
    private static partial Regex Select();
}
