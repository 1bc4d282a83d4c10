namespace ClusterWorkflow.Domain.Forms;

/// <summary>
/// A versioned form: what a TSA collects. Stored as JSON; a submission records the
/// <see cref="Id"/> and <see cref="Version"/> it was made against.
/// </summary>
public sealed record FormDefinition
{
    public string Id { get; init; } = "";

    /// <summary>Increases by one with every saved change.</summary>
    public int Version { get; init; } = 1;

    /// <summary>Title keyed by language code ("en", "hi").</summary>
    public Dictionary<string, string> Title { get; init; } = [];

    /// <summary>Language codes the labels are given in; the first is the default. English ("en") is the fallback.</summary>
    public List<string> Languages { get; init; } = ["en"];

    public List<FieldDefinition> Fields { get; init; } = [];

    public List<ChoiceList> ChoiceLists { get; init; } = [];
}
