using System.Globalization;
using ClusterWorkflow.Domain.PilotData;
using ClusterWorkflow.Domain.Workflow;

namespace ClusterWorkflow.Host.Demo;

/// <summary><c>audit.csv</c>: every workflow transition of the round's submissions, in cluster order and then as they happened.</summary>
public static class AuditCsv
{
    public static readonly IReadOnlyList<string> Columns = ["submission", "sequence", "when", "who", "acted_as", "trigger", "from", "to", "revision", "comment"];

    public static string Write(IEnumerable<(string SubmissionKey, IReadOnlyList<WorkflowAuditEntry> Audit)> submissions) =>
        RosterCsvWriter.ToCsv(submissions.SelectMany(s => s.Audit.OrderBy(a => a.Sequence).Select(a => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
        {
            ["submission"] = s.SubmissionKey,
            ["sequence"] = a.Sequence,
            ["when"] = a.At.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
            ["who"] = a.ActorId,
            ["acted_as"] = a.ActedAs,
            ["trigger"] = a.Trigger,
            ["from"] = a.From,
            ["to"] = a.To,
            ["revision"] = a.Revision,
            ["comment"] = a.Comment,
        })), Columns);
}
