namespace ClusterWorkflow.Domain.Forms;

/// <summary>A named list of choices that select fields refer to by <see cref="Name"/>.</summary>
public sealed record ChoiceList
{
    public string Name { get; init; } = "";

    public List<Choice> Choices { get; init; } = [];
}
