using System.Text.Json;
using ClusterWorkflow.Domain.PilotData;

namespace ClusterWorkflow.Domain.Tests.PilotData;

public class RosterCsvWriterTests
{
    [Fact]
    public void HeaderIsTheFieldNamesAndEachRowALine()
    {
        var roster = PilotSample.Clusters[0].Months[^1];

        var lines = RosterCsvWriter.ToCsv(roster.Rows).Split('\n');

        Assert.Equal(string.Join(',', RosterFields.All), lines[0]);
        Assert.Equal(roster.Rows.Count + 2, lines.Length);
        Assert.Equal("", lines[^1]);
        Assert.StartsWith((string)roster.Rows[0][RosterFields.EnterpriseId]! + ",", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void ValuesAreWrittenAsATsaWouldTypeThem()
    {
        var row = new Dictionary<string, object?>
        {
            ["enterprise_id"] = "bdn01-0001",
            ["owner_gender"] = null,
            ["revenue_total"] = 1234567L,
            ["share"] = 0.25,
            ["trained_this_fy"] = true,
            ["repaid"] = false,
            ["note"] = "said \"closed\", moved",
        };

        var csv = RosterCsvWriter.ToCsv([row], ["enterprise_id", "owner_gender", "revenue_total", "share", "trained_this_fy", "repaid", "note", "absent"]);

        Assert.Equal(
            "enterprise_id,owner_gender,revenue_total,share,trained_this_fy,repaid,note,absent\n" +
            "bdn01-0001,,1234567,0.25,yes,no,\"said \"\"closed\"\", moved\",\n",
            csv);
    }

    [Fact]
    public void Utf8BytesCarryNoByteOrderMark()
    {
        var bytes = RosterCsvWriter.ToUtf8([new Dictionary<string, object?> { ["enterprise_id"] = "x" }], ["enterprise_id"]);

        Assert.Equal("enterprise_id\nx\n"u8.ToArray(), bytes);
    }

    [Fact]
    public void ARosterReadBackFromJsonWritesTheSameCsv()
    {
        // Grain state and API bodies bring rows back as JsonElement values.
        var roster = PilotSample.Clusters[12].Months[5];
        var json = JsonSerializer.Serialize(roster);

        var back = JsonSerializer.Deserialize<PilotRosterMonth>(json)!;

        Assert.IsType<JsonElement>(back.Rows[0][RosterFields.RevenueTotal]);
        Assert.Equal(RosterCsvWriter.ToCsv(roster.Rows), RosterCsvWriter.ToCsv(back.Rows));
    }

    [Fact]
    public void ErrorsCanBeInjectedIntoARosterReadBackFromJson()
    {
        var roster = PilotSample.Clusters[1].Months[^1];
        var back = JsonSerializer.Deserialize<PilotRosterMonth>(JsonSerializer.Serialize(roster))!;

        var fromJson = PilotErrorInjector.InjectErrors(back.Rows, count: 7, seed: 3);
        var fromMemory = PilotErrorInjector.InjectErrors(roster.Rows, count: 7, seed: 3);

        Assert.Equal(fromMemory.Errors.Select(e => (e.RowIndex, e.Kind, e.Field)), fromJson.Errors.Select(e => (e.RowIndex, e.Kind, e.Field)));
    }
}
