namespace ClusterWorkflow.Domain.Kpis;

/// <summary>The pack when it is valid, otherwise every problem found in one pass.</summary>
public sealed record KpiPackLoadResult(KpiPack? Pack, IReadOnlyList<KpiProblem> Problems)
{
    public bool Ok => Pack is not null && Problems.Count == 0;

    /// <summary>A report for the CLI (<c>kpi check DIR</c>) or an upload answer, one problem a line.</summary>
    public string Describe() => Ok
        ? $"Pack '{Pack!.Id}' {Pack.Version}: {Pack.Kpis.Count} KPIs, valid."
        : $"The pack was refused ({Problems.Count} problem{(Problems.Count == 1 ? "" : "s")}):{Environment.NewLine}"
          + string.Join(Environment.NewLine, Problems.Select(p => "  " + p));
}
