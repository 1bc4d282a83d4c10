using System.Collections.Concurrent;
using ClusterWorkflow.Abstractions.Definitions;
using ClusterWorkflow.Domain.Reporting;

namespace ClusterWorkflow.Host.Reports;

/// <summary>
/// The templates a program's reports render with. Shipped templates come from <c>templates/reports</c>
/// beside the binaries; a program manager may upload a replacement, kept as a versioned definition
/// (kind <see cref="DefinitionKind.ReportTemplate"/>) whose id is the shipped name without <c>.sbn</c>,
/// e.g. <c>cluster-review.html</c>. A round renders with the latest upload; if that fails at run time
/// the shipped template renders instead and the report says so, so a bad template never breaks a round.
/// </summary>
public sealed class ReportTemplateCatalog
{
    private readonly IGrainFactory grains;
    private readonly ReportRenderer renderer;
    private readonly Dictionary<string, ReportTemplate> shipped;
    private readonly ConcurrentDictionary<(string Program, string Name, int Version), ReportTemplateParseResult> uploaded = new();

    public ReportTemplateCatalog(IGrainFactory grains, ReportRenderer renderer, string? folder = null)
    {
        this.grains = grains;
        this.renderer = renderer;
        var set = ReportTemplateFiles.Load(folder ?? ShippedFolder);
        shipped = set.Templates.ToDictionary(t => NameOf(t.Key), t => t.Value, StringComparer.Ordinal);
        ShippedErrors = set.Errors;
    }

    /// <summary><c>templates/reports</c> beside the binaries.</summary>
    public static string ShippedFolder => Path.Combine(AppContext.BaseDirectory, "templates", "reports");

    /// <summary>Shipped files that did not parse (they are left out; the host logs them at start).</summary>
    public IReadOnlyList<ReportError> ShippedErrors { get; }

    /// <summary>The template names a program can render and replace: <c>cluster-review.html</c>, <c>round-summary.md</c>, …</summary>
    public IReadOnlyList<string> Names => shipped.Keys.Order(StringComparer.Ordinal).ToList();

    public ReportRenderer Renderer => renderer;

    /// <summary><c>cluster-review.html</c> for a review report in HTML.</summary>
    public static string NameFor(ReportKind kind, ReportFormat format) => kind switch
    {
        ReportKind.ClusterReview => "cluster-review",
        ReportKind.RoundSummary => "round-summary",
        _ => "cluster-profile",
    } + (format == ReportFormat.Html ? ".html" : ".md");

    /// <summary>The report kind and format a template name stands for, or null for a name that is not one of <see cref="Names"/>.</summary>
    public (ReportKind Kind, ReportFormat Format)? Describe(string name) =>
        shipped.ContainsKey(name) && ReportTemplateFiles.KindFromName(name) is { } kind && ReportTemplate.FormatFromName(name + ".sbn") is { } format
            ? (kind, format)
            : null;

    /// <summary>The text of the shipped template with this name, or null.</summary>
    public static string? ShippedText(string name)
    {
        var path = Path.Combine(ShippedFolder, name + ".sbn");
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    public IDefinitionGrain Definition(string programId, string name) =>
        grains.GetGrain<IDefinitionGrain>(DefinitionKey.For(programId, DefinitionKind.ReportTemplate, name));

    /// <summary>Renders <paramref name="model"/> with the program's template for the kind and format, falling back to the shipped one.</summary>
    public async Task<RenderedReport> RenderAsync(string? programId, ReportKind kind, ReportFormat format, object model, CancellationToken cancellationToken = default)
    {
        var name = NameFor(kind, format);
        var reasons = new List<ReportError>();
        if (programId is not null && await Definition(programId, name).GetLatestAsync() is { } latest)
        {
            var parsed = uploaded.GetOrAdd((programId, name, latest.Version), _ => ReportTemplate.Parse(name + ".sbn", latest.Content));
            var result = parsed.Ok ? renderer.Render(parsed.Template!, model, cancellationToken) : new ReportRenderResult(null, parsed.Errors);
            if (result.Ok)
            {
                return new RenderedReport(result.Output, $"uploaded v{latest.Version}", [], []);
            }
            reasons.AddRange(result.Errors);
            reasons = reasons.Select(e => e with { Template = $"{name} v{latest.Version}" }).ToList();
        }
        if (!shipped.TryGetValue(name, out var template))
        {
            return new RenderedReport(null, "shipped", reasons, [new ReportError(name + ".sbn", ReportErrorKind.Syntax, $"There is no shipped template '{name}.sbn'.", null, null)]);
        }
        var fallback = renderer.Render(template, model, cancellationToken);
        return fallback.Ok
            ? new RenderedReport(reasons.Count == 0 ? fallback.Output : FallbackNotice.Add(fallback.Output!, format, reasons), "shipped", reasons, [])
            : new RenderedReport(null, "shipped", reasons, fallback.Errors);
    }

    private static string NameOf(string file) => file.EndsWith(".sbn", StringComparison.OrdinalIgnoreCase) ? file[..^4] : file;
}
