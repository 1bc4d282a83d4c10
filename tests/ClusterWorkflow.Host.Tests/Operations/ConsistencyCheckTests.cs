using ClusterWorkflow.Domain.Kpis;
using ClusterWorkflow.Load.Check;
using ClusterWorkflow.Load.Round;

namespace ClusterWorkflow.Host.Tests.Operations;

/// <summary>The load tool's consistency check on a small round, first intact, then tampered with in each way it must catch.</summary>
public sealed class ConsistencyCheckTests
{
    private static readonly string[] Final = ["Approved"];

    [Fact]
    public void AnIntactRoundPasses()
    {
        var (ledger, stored) = Round();

        var report = ConsistencyCheck.Run(ledger, stored, Pack(), Rollup(stored), Final);

        Assert.True(report.Passed, string.Join("\n", report.Problems));
        Assert.Equal(2, report.ClustersChecked);
        Assert.Equal(10, report.Transitions);
        // program, state, district, block and two clusters
        Assert.Equal(6, report.RollupNodesCompared);
    }

    [Fact]
    public void ATransitionAppliedTwiceIsCaught()
    {
        var (ledger, stored) = Round();
        var a = stored["a"];
        var audit = a.Audit.ToList();
        audit.Add(audit[^1] with { Sequence = 6, From = "Approved", To = "Approved" });
        stored["a"] = a with { Audit = audit };

        var problems = ConsistencyCheck.Run(ledger, stored, null, null, Final).Problems;

        Assert.Contains(problems, p => p.StartsWith("a: request r-a-5 was applied 2 times", StringComparison.Ordinal));
        Assert.Contains(problems, p => p == "a: 5 transition(s) were accepted but the audit has 6.");
    }

    [Fact]
    public void ALostTransitionIsCaught()
    {
        var (ledger, stored) = Round();
        var b = stored["b"];
        stored["b"] = b with { State = "StateReview", Audit = b.Audit.Take(4).ToList() };

        var problems = ConsistencyCheck.Run(ledger, stored, null, null, Final).Problems;

        Assert.Contains(problems, p => p.StartsWith("b: the accepted transition approve (StateReview → Approved, request r-b-5) is not in the audit", StringComparison.Ordinal));
        Assert.Contains(problems, p => p == "b: the last accepted transition reached Approved but the submission is in StateReview.");
    }

    [Fact]
    public void AnAuditThatDisagreesWithTheStateIsCaught()
    {
        var (ledger, stored) = Round();
        stored["a"] = stored["a"] with { State = "Returned" };

        var problems = ConsistencyCheck.Run(ledger, stored, null, null, Final).Problems;

        Assert.Contains("a: the audit trail ends in Approved but the submission is in Returned.", problems);
    }

    [Fact]
    public void ASecondDataRevisionOrChangedRosterIsCaught()
    {
        var (ledger, stored) = Round();
        stored["a"] = stored["a"] with { DataRevision = 2 };
        stored["b"] = stored["b"] with { RosterSum = 999 };

        var problems = ConsistencyCheck.Run(ledger, stored, null, null, Final).Problems;

        Assert.Contains("a: 1 draft save(s) were accepted but the submission has data revision 2.", problems);
        Assert.Contains(problems, p => p.StartsWith("b: the stored roster has 3 rows summing 999", StringComparison.Ordinal));
    }

    [Fact]
    public void AMissingSubmissionIsCaught()
    {
        var (ledger, stored) = Round();
        stored.Remove("b");

        var problems = ConsistencyCheck.Run(ledger, stored, null, null, Final).Problems;

        Assert.Equal(["b: the API accepted commands for it but stores no submission."], problems);
    }

    [Fact]
    public void ARollupThatDiffersFromTheStoredClusterValuesIsCaught()
    {
        var (ledger, stored) = Round();
        var rollup = Rollup(stored);
        var program = rollup.Find(KpiLevel.Program, "p")!;
        // a + b = 100 + 250 = 350 turnover; the tampered roll-up says 300.
        program.Values["turnover"] = program.Values["turnover"] with { Value = 300 };

        var problems = ConsistencyCheck.Run(ledger, stored, Pack(), rollup, Final).Problems;

        Assert.Equal(["roll-up Program p turnover: stored 300, recomputed 350."], problems);
    }

    private static (RoundLedger Ledger, Dictionary<string, ObservedSubmission> Stored) Round()
    {
        var ledger = new RoundLedger { ProgramId = "p", Period = "2026-11" };
        var stored = new Dictionary<string, ObservedSubmission>(StringComparer.Ordinal);
        foreach (var (id, turnover) in new[] { ("a", 100.0), ("b", 250.0) })
        {
            var entry = ledger.For(id);
            entry.Saved($"save-{id}", 3, turnover);
            var steps = new[] { ("start", "Assigned", "Draft"), ("submit", "Draft", "Submitted"), ("startReview", "Submitted", "DistrictReview"), ("approve", "DistrictReview", "StateReview"), ("approve", "StateReview", "Approved") };
            var audit = new List<ObservedAuditEntry>();
            for (var i = 0; i < steps.Length; i++)
            {
                var (trigger, from, to) = steps[i];
                entry.Fired(new LedgerTransition(trigger, from, to, $"r-{id}-{i + 1}"));
                audit.Add(new ObservedAuditEntry(i + 1, trigger, from, to, $"r-{id}-{i + 1}"));
            }
            var kpis = new KpiClusterResult
            {
                ClusterId = id,
                Geography = new KpiGeography { State = "up", District = "budaun", Block = "ujhani" },
                Values = new Dictionary<string, KpiValue> { ["turnover"] = new KpiValue { KpiId = "turnover", Value = turnover } },
            };
            stored[id] = new ObservedSubmission(id, "Approved", 7, 1, 3, turnover, audit, kpis);
        }
        return (ledger, stored);
    }

    private static KpiPack Pack() => new()
    {
        Id = "pack",
        Kpis = [new KpiDefinition { Id = "turnover", Kind = KpiKind.Sum, Level = KpiLevel.Cluster, Rollup = KpiRollupRule.Sum }],
    };

    private static KpiRollupResult Rollup(Dictionary<string, ObservedSubmission> stored) =>
        KpiRollup.Compute(Pack(), stored.Values.Select(s => s.Kpis!), "p");
}
