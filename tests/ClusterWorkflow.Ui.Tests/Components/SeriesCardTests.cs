using Bunit;
using ClusterWorkflow.Domain.Kpis;
using ClusterWorkflow.Host.Ui.Dashboard;

namespace ClusterWorkflow.Ui.Tests.Components;

/// <summary>A dashboard card draws one point per period that has an approved value and shows the latest.</summary>
public sealed class SeriesCardTests : DesignerContext
{
    private static readonly KpiDefinition ActiveRate = new() { Id = "active_rate", Unit = "%", Name = new() { ["en"] = "Active rate" } };

    private static KpiSeries Series(params (string Period, double? Value)[] values) => new("budaun-zari-01", "Sample Zari Cluster", "budaun, uttar-pradesh",
        values.ToDictionary(v => v.Period, v => (IReadOnlyDictionary<string, double?>)new Dictionary<string, double?> { ["active_rate"] = v.Value }));

    private IRenderedComponent<SeriesCard> Render(KpiSeries series, params string[] periods) =>
        Bunit.Render<SeriesCard>(p => p.Add(c => c.Series, series).Add(c => c.Kpi, ActiveRate).Add(c => c.Periods, periods));

    [Fact]
    public void ACardShowsTheLatestApprovedValueAndOnePointPerPeriodWithAValue()
    {
        var card = Render(Series(("2026-09", 71.5), ("2026-10", null), ("2026-11", 84)), "2026-09", "2026-10", "2026-11");

        Assert.Contains("84", card.Find("h6").TextContent);
        Assert.Equal(2, card.FindAll("svg circle").Count);
        Assert.Contains("2026-11", card.Find("svg").TextContent);
    }

    [Fact]
    public void ACardWithoutAnyApprovedValueSaysSoInsteadOfAnEmptyChart()
    {
        var card = Render(Series(("2026-11", null)), "2026-11");

        Assert.Empty(card.FindAll("svg"));
        Assert.Equal("No approved value yet.", card.Find("[data-testid=no-trend]").TextContent);
    }
}
