using System.Collections.Concurrent;
using ClusterWorkflow.Domain.Reporting.Functions;
using Scriban.Runtime;

namespace ClusterWorkflow.Domain.Reporting;

/// <summary>
/// The functions a template can call, one read-only set per format, built once and shared by all
/// renders (the functions keep no state).
/// </summary>
internal static class ReportFunctionLibrary
{
    private static readonly ConcurrentDictionary<ReportFormat, ScriptObject> Libraries = new();

    public static ScriptObject For(ReportFormat format) => Libraries.GetOrAdd(format, Build);

    private static ScriptObject Build(ReportFormat format)
    {
        var functions = new ScriptObject();
        functions.Import(typeof(CommonReportFunctions));
        functions.Import(format == ReportFormat.Html ? typeof(HtmlReportFunctions) : typeof(MarkdownReportFunctions));
        foreach (var name in functions.Keys.ToList())
        {
            functions.SetReadOnly(name, true);
        }

        return functions;
    }
}
