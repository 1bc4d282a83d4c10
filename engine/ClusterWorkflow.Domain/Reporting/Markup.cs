namespace ClusterWorkflow.Domain.Reporting;

/// <summary>
/// Output made by the product's own report functions (badges, charts) that is written as it is.
/// Everything else a template prints is escaped; joining a <see cref="Markup"/> to a string in a
/// template turns it back into plain text, which is then escaped too.
/// </summary>
public sealed record Markup(string Text)
{
    public override string ToString() => Text;
}
