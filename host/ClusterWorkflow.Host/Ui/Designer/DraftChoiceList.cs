using ClusterWorkflow.Domain.Forms;

namespace ClusterWorkflow.Host.Ui.Designer;

/// <summary>A choice list as the designer edits it; choices keep their order.</summary>
public sealed class DraftChoiceList
{
    public Guid Key { get; } = Guid.NewGuid();

    public string Name { get; set; } = "";

    public List<DraftChoice> Choices { get; set; } = [];

    public static DraftChoiceList From(ChoiceList list) => new()
    {
        Name = list.Name,
        Choices = list.Choices.Select(DraftChoice.From).ToList(),
    };

    public ChoiceList ToDefinition() => new() { Name = Name.Trim(), Choices = Choices.Select(c => c.ToDefinition()).ToList() };
}
