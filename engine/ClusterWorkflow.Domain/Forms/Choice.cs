namespace ClusterWorkflow.Domain.Forms;

/// <summary>One option of a choice list: the stored <see cref="Name"/> and its labels by language code.</summary>
public sealed record Choice
{
    public string Name { get; init; } = "";

    public Dictionary<string, string> Label { get; init; } = [];
}
