using ClusterWorkflow.Domain.Forms;

namespace ClusterWorkflow.Host.Ui.Designer;

/// <summary>One choice: the stored name and its English and Hindi labels.</summary>
public sealed class DraftChoice
{
    public Choice Original { get; init; } = new();

    public Guid Key { get; } = Guid.NewGuid();

    public string Name { get; set; } = "";
    public string LabelEn { get; set; } = "";
    public string LabelHi { get; set; } = "";

    public static DraftChoice From(Choice choice) => new()
    {
        Original = choice,
        Name = choice.Name,
        LabelEn = choice.Label.GetValueOrDefault("en") ?? "",
        LabelHi = choice.Label.GetValueOrDefault("hi") ?? "",
    };

    public Choice ToDefinition() => Original with { Name = Name.Trim(), Label = Texts.With(Original.Label, LabelEn, LabelHi) };
}
