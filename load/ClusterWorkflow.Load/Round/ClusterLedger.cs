namespace ClusterWorkflow.Load.Round;

/// <summary>One cluster's accepted commands: saves (data revisions) and transitions, in the order accepted.</summary>
public sealed class ClusterLedger
{
    public string ClusterId { get; init; } = "";

    /// <summary>Request ids of the accepted draft saves; a repeated id is one save.</summary>
    public List<string> Saves { get; init; } = [];

    /// <summary>Rows of the last saved roster, and the sum of its <see cref="DataFingerprint.Field"/> values.</summary>
    public int RosterRows { get; set; }

    public double RosterSum { get; set; }

    public List<LedgerTransition> Transitions { get; init; } = [];

    /// <summary>The state the last accepted transition reached; null when none was fired.</summary>
    public string? State => Transitions.Count == 0 ? null : Transitions[^1].To;

    public void Saved(string requestId, int rows, double sum)
    {
        lock (this)
        {
            if (!Saves.Contains(requestId)) Saves.Add(requestId);
            RosterRows = rows;
            RosterSum = sum;
        }
    }

    public void Fired(LedgerTransition transition)
    {
        lock (this)
        {
            if (Transitions.All(t => t.RequestId != transition.RequestId)) Transitions.Add(transition);
        }
    }
}
