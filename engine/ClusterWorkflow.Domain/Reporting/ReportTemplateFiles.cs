namespace ClusterWorkflow.Domain.Reporting;

/// <summary>
/// Reads the report templates of a folder such as <c>templates/reports</c>. A template that does
/// not parse is left out and reported, so one bad file never stops the others from loading.
/// </summary>
public static class ReportTemplateFiles
{
    public static ReportTemplateSet Load(string directory)
    {
        var templates = new Dictionary<string, ReportTemplate>(StringComparer.OrdinalIgnoreCase);
        var errors = new List<ReportError>();
        if (!Directory.Exists(directory))
        {
            errors.Add(new ReportError(directory, ReportErrorKind.Syntax, "The report template folder does not exist.", null, null));
            return new ReportTemplateSet(templates, errors);
        }

        foreach (var path in Directory.EnumerateFiles(directory, "*.sbn").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var parsed = ReportTemplate.Parse(name, File.ReadAllText(path));
            if (parsed.Ok)
            {
                templates[name] = parsed.Template!;
            }
            else
            {
                errors.AddRange(parsed.Errors);
            }
        }

        return new ReportTemplateSet(templates, errors);
    }

    /// <summary>The report a template renders, from its name: <c>cluster-review…</c>, <c>round-summary…</c>, <c>cluster-profile…</c>.</summary>
    public static ReportKind? KindFromName(string name) =>
        name.StartsWith("cluster-review", StringComparison.OrdinalIgnoreCase) ? ReportKind.ClusterReview
        : name.StartsWith("round-summary", StringComparison.OrdinalIgnoreCase) ? ReportKind.RoundSummary
        : name.StartsWith("cluster-profile", StringComparison.OrdinalIgnoreCase) ? ReportKind.ClusterProfile
        : null;
}
