using System.Text.Json;

namespace ClusterWorkflow.Domain.PilotData;

/// <summary>Reads roster values whatever number type a caller used (long from the generator, double or JsonElement after a round trip through JSON).</summary>
internal static class RowValues
{
    public static double? Number(IReadOnlyDictionary<string, object?> row, string field) =>
        row.GetValueOrDefault(field) switch
        {
            long l => l,
            int i => i,
            double d => d,
            decimal m => (double)m,
            float f => f,
            JsonElement { ValueKind: JsonValueKind.Number } json => json.GetDouble(),
            _ => null,
        };

    public static double NumberOrZero(IReadOnlyDictionary<string, object?> row, string field) => Number(row, field) ?? 0;

    public static string? Text(IReadOnlyDictionary<string, object?> row, string field) => row.GetValueOrDefault(field) switch
    {
        string text => text,
        JsonElement { ValueKind: JsonValueKind.String } json => json.GetString(),
        _ => null,
    };

    public static bool IsActive(IReadOnlyDictionary<string, object?> row) => Text(row, RosterFields.Status) == EnterpriseStatuses.Active;

    public static double Workers(IReadOnlyDictionary<string, object?> row) => RosterFields.Workers.Sum(f => NumberOrZero(row, f));
}
