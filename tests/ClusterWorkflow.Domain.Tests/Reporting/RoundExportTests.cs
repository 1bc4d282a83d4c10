using System.Text.Json;
using ClusterWorkflow.Domain.Reporting.Exports;
using ClusterWorkflow.Domain.Reporting.Models;
using MiniExcelLibs;

namespace ClusterWorkflow.Domain.Tests.Reporting;

public class RoundExportTests
{
    private static readonly ExportColumn Revenue = Number("revenue_total");
    private static readonly ExportColumn Buyers = Number("buyer_orders");
    private static readonly ExportColumn Fairs = Number("fairs_attended");
    private static readonly ExportColumn Remarks = new() { Key = "remarks", Kind = ExportColumnKind.Text };

    [Fact]
    public void ColumnDroppedInALaterFormVersionKeepsItsPlace()
    {
        var schema = ExportSchema.FromVersions([[Revenue, Buyers, Remarks], [Revenue, Fairs, Remarks]]);

        Assert.Equal(["revenue_total", "buyer_orders", "remarks", "fairs_attended"], schema.Columns.Select(c => c.Key));
    }

    [Fact]
    public void ExtendingAStoredSchemaNeverMovesAColumn()
    {
        var stored = ExportSchema.FromVersions([[Revenue, Buyers]]);

        var extended = stored.Extend([Fairs, Buyers, Revenue]);

        Assert.Equal(["revenue_total", "buyer_orders", "fairs_attended"], extended.Columns.Select(c => c.Key));
    }

    [Fact]
    public void ClusterSheetHasIdentityAnswersAndKpisWithDroppedColumnsEmpty()
    {
        var export = RoundExportBuilder.Build(Input());
        var sheet = export.Sheets[0];

        Assert.Equal("cluster", sheet.Name);
        Assert.Equal(
            ["cluster_id", "cluster", "state", "district", "block", "workflow_state", "form_version", "revenue_total", "buyer_orders", "remarks", "fairs_attended", "kpi.turnover", "kpi.active_rate"],
            sheet.Columns.Select(c => c.Key));
        var v2 = sheet.Rows[1];
        Assert.True(v2[8].IsEmpty);
        Assert.Equal(3, v2[10].Number);
        Assert.Equal(4182500, sheet.Rows[0][11].Number);
    }

    [Fact]
    public void OneSheetPerLevelInAFixedOrder()
    {
        var export = RoundExportBuilder.Build(Input());

        Assert.Equal(["cluster", "district", "state", "program"], export.Sheets.Select(s => s.Name));
        Assert.Equal(["district", "state", "clusters", "kpi.turnover", "kpi.active_rate"], export.Sheets[1].Columns.Select(c => c.Key));
        Assert.Equal(["Budaun", "Uttar Pradesh"], export.Sheets[1].Rows[0].Take(2).Select(c => c.Text));
    }

    [Fact]
    public void CsvQuotesCommasQuotesAndLineBreaksAndDefusesFormulas()
    {
        var sheet = new ExportSheet
        {
            Columns = [new ExportColumn { Key = "name" }, new ExportColumn { Key = "note" }, Number("value")],
            Rows =
            [
                [Text("Zari, Zardozi"), Text("said \"ok\"\nthen left"), new ExportCell { Number = -1234567.5 }],
                [Text("=HYPERLINK(\"x\")"), ExportCell.Empty, new ExportCell { Number = 0 }],
            ],
        };

        var csv = CsvExportWriter.ToCsv(sheet);

        Assert.Equal(
            "name,note,value\r\n" +
            "\"Zari, Zardozi\",\"said \"\"ok\"\"\nthen left\",-1234567.5\r\n" +
            "\"'=HYPERLINK(\"\"x\"\")\",,0\r\n",
            csv);
    }

    [Fact]
    public void ExcelExportReopensWithTheRightNumbersOnEverySheet()
    {
        var export = RoundExportBuilder.Build(Input());
        using var stream = new MemoryStream();

        ExcelExportWriter.Write(export, stream);
        stream.Position = 0;

        Assert.Equal(["cluster", "district", "state", "program"], MiniExcel.GetSheetNames(stream));
        stream.Position = 0;
        var clusters = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "cluster").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(2, clusters.Count);
        Assert.Equal("Ujhani Zari (sample)", clusters[0]["cluster"]);
        Assert.Equal(4182500d, Convert.ToDouble(clusters[0]["kpi.turnover"]));
        Assert.Equal(0.862, Convert.ToDouble(clusters[0]["kpi.active_rate"]), 9);
        Assert.Null(clusters[1]["buyer_orders"]);
        Assert.Equal(3d, Convert.ToDouble(clusters[1]["fairs_attended"]));
        stream.Position = 0;
        var program = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "program").Cast<IDictionary<string, object?>>().Single();
        Assert.Equal(7_600_000d, Convert.ToDouble(program["kpi.turnover"]));
    }

    [Fact]
    public void ExcelKeepsTheHeaderOfASheetWithoutRows()
    {
        var export = RoundExportBuilder.Build(Input() with { Rollups = [] });
        using var stream = new MemoryStream();

        ExcelExportWriter.Write(export, stream);
        stream.Position = 0;

        var header = MiniExcel.Query(stream, sheetName: "state").Cast<IDictionary<string, object?>>().First();
        Assert.Equal(["state", "clusters", "kpi.turnover", "kpi.active_rate"], header.Values.Select(v => v?.ToString()));
    }

    [Fact]
    public void AnswersComingBackFromJsonExportTheSame()
    {
        var input = Input();
        var copy = JsonSerializer.Deserialize<RoundExportInput>(JsonSerializer.Serialize(input))!;

        var original = CsvExportWriter.ToCsv(RoundExportBuilder.Build(input).Sheets[0]);
        var roundTripped = CsvExportWriter.ToCsv(RoundExportBuilder.Build(copy).Sheets[0]);

        Assert.Equal(original, roundTripped);
        Assert.Contains("yes", original);
    }

    private static RoundExportInput Input() => new()
    {
        Program = "NRETP (sample)",
        Period = "2026-11",
        SubmissionFields = ExportSchema.FromVersions([[Revenue, Buyers, Remarks], [Revenue, Fairs, Remarks]]),
        Kpis =
        [
            new KpiColumn { Id = "turnover", Name = "Cluster turnover", Unit = KpiUnits.Rupees },
            new KpiColumn { Id = "active_rate", Name = "Active rate", Unit = KpiUnits.Percent },
        ],
        Clusters =
        [
            new ClusterExportRow
            {
                Cluster = new ClusterInfo { Id = "c1", Name = "Ujhani Zari (sample)", State = "Uttar Pradesh", District = "Budaun", Block = "Ujhani" },
                WorkflowState = "Approved",
                FormVersion = "v1",
                Fields = new() { ["revenue_total"] = 4182500, ["buyer_orders"] = 12, ["remarks"] = true },
                Kpis = new() { ["turnover"] = 4182500, ["active_rate"] = 0.862 },
            },
            new ClusterExportRow
            {
                Cluster = new ClusterInfo { Id = "c2", Name = "Kurud Bamboo (sample)", State = "Chhattisgarh", District = "Dhamtari", Block = "Kurud" },
                WorkflowState = "Draft",
                FormVersion = "v2",
                Fields = new() { ["revenue_total"] = 3417500.0, ["fairs_attended"] = 3L, ["remarks"] = "Fair at Raipur, \"Shilp\" mela" },
                Kpis = new() { ["turnover"] = 3417500, ["active_rate"] = null },
            },
        ],
        Rollups =
        [
            new RollupExportRow { Level = "district", Name = "Budaun", Parent = "Uttar Pradesh", Clusters = 1, Kpis = new() { ["turnover"] = 4182500, ["active_rate"] = 0.862 } },
            new RollupExportRow { Level = "state", Name = "Uttar Pradesh", Clusters = 1, Kpis = new() { ["turnover"] = 4182500 } },
            new RollupExportRow { Level = "program", Name = "NRETP (sample)", Clusters = 2, Kpis = new() { ["turnover"] = 7_600_000, ["active_rate"] = 0.862 } },
        ],
    };

    private static ExportColumn Number(string key) => new() { Key = key, Label = key, Kind = ExportColumnKind.Number };

    private static ExportCell Text(string text) => new() { Text = text };
}
