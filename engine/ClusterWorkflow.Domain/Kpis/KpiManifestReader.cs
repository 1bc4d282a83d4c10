using System.Text.Json;
using System.Text.RegularExpressions;

namespace ClusterWorkflow.Domain.Kpis;

/// <summary>
/// Reads <c>manifest.json</c> into a <see cref="KpiPack"/> (formula files resolved, evaluation order
/// not yet known), collecting every schema problem with its JSON path. See
/// plugins/nretp-cluster-kpis/README.md for the format.
/// </summary>
internal static partial class KpiManifestReader
{
    public const string ManifestFile = "manifest.json";

    private static readonly JsonDocumentOptions JsonOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static KpiPack? Read(IReadOnlyDictionary<string, string> files, int maxHistoryLag, List<KpiProblem> problems)
    {
        if (!files.TryGetValue(ManifestFile, out var text))
        {
            problems.Add(new KpiProblem(null, ManifestFile, "The pack has no manifest.json at its top level; add one (see plugins/nretp-cluster-kpis for an example)."));
            return null;
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, JsonOptions);
        }
        catch (JsonException exception)
        {
            var line = (int?)exception.LineNumber + 1;
            var column = (int?)exception.BytePositionInLine + 1;
            problems.Add(new KpiProblem(null, ManifestFile, $"The manifest is not valid JSON: {FirstSentence(exception.Message)}", line, column));
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problems.Add(new KpiProblem(null, $"{ManifestFile} $", "The manifest must be a JSON record { \"id\": ..., \"version\": ..., \"kpis\": [...] }."));
                return null;
            }
            var p = new KpiManifestProblems(ManifestFile);
            p.OnlyKnown(root, "$", null, "id", "version", "name", "description", "parameters", "inputs", "kpis");
            var id = p.String(root, "id", "$", null, required: true);
            if (id is not null && !PackIdPattern().IsMatch(id))
            {
                p.Add(null, "$.id", $"'{id}' is not a valid pack id: use lower-case letters, digits, '-', '_' or '.', starting with a letter or digit.");
            }
            var kpiElements = p.Array(root, "kpis", "$", null, required: true);
            if (root.TryGetProperty("kpis", out var k) && k.ValueKind == JsonValueKind.Array && kpiElements.Count == 0)
            {
                p.Add(null, "$.kpis", "The pack declares no KPIs; add at least one.");
            }
            var kpis = new List<KpiDefinition>();
            for (var i = 0; i < kpiElements.Count; i++)
            {
                if (KpiDefinitionReader.Read(kpiElements[i], $"$.kpis[{i}]", files, maxHistoryLag, p) is { } kpi)
                {
                    kpis.Add(kpi);
                }
            }
            foreach (var duplicate in kpis.GroupBy(x => x.Id).Where(g => g.Count() > 1))
            {
                p.Add(duplicate.Key, "$.kpis", $"The KPI id '{duplicate.Key}' is used {duplicate.Count()} times; ids must be unique.");
            }

            var pack = new KpiPack
            {
                Id = id ?? "",
                Version = p.String(root, "version", "$", null, required: true) ?? "",
                Name = p.Localized(root, "name", "$", null, required: false) ?? [],
                Description = p.String(root, "description", "$", null, required: false) ?? "",
                Parameters = ReadParameters(root, p),
                Inputs = KpiInputsReader.Read(root, p),
                Kpis = kpis,
            };
            problems.AddRange(p.Problems);
            return pack;
        }
    }

    private static Dictionary<string, double> ReadParameters(JsonElement root, KpiManifestProblems p)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        if (!root.TryGetProperty("parameters", out var parameters) || parameters.ValueKind == JsonValueKind.Null)
        {
            return result;
        }
        if (parameters.ValueKind != JsonValueKind.Object)
        {
            p.Add(null, "$.parameters", "'parameters' must be a record of name to number, e.g. { \"lakhpati_monthly_net_income\": 10000 }.");
            return result;
        }
        foreach (var property in parameters.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Number)
            {
                result[property.Name] = property.Value.GetDouble();
            }
            else
            {
                p.Add(null, $"$.parameters.{property.Name}", "A parameter must be a number.");
            }
        }
        return result;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]*$")]
    private static partial Regex PackIdPattern();
}
