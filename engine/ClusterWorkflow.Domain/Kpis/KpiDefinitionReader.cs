using System.Text.Json;
using System.Text.RegularExpressions;

namespace ClusterWorkflow.Domain.Kpis;

/// <summary>Reads one entry of the manifest's <c>kpis</c> list, checking each property against the format.</summary>
internal static partial class KpiDefinitionReader
{
    private static readonly string[] Known =
    [
        "id", "name", "description", "unit", "direction", "goals", "level", "kind", "factor", "targets",
        "formula", "formulaFile", "dependsOn", "history", "rollup", "source",
    ];

    public static KpiDefinition? Read(JsonElement element, string path, IReadOnlyDictionary<string, string> files, int maxHistoryLag, KpiManifestProblems p)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            p.Add(null, path, "Each KPI must be a record { \"id\": ..., \"kind\": ..., \"formula\": ... }.");
            return null;
        }
        var id = p.String(element, "id", path, null, required: true);
        if (id is not null && !KpiIdPattern().IsMatch(id))
        {
            p.Add(id, $"{path}.id", $"'{id}' is not a valid KPI id: use lower-case letters, digits and '_', starting with a letter.");
        }
        var kpiId = id ?? $"#{path}";
        p.OnlyKnown(element, path, kpiId, Known);

        var kind = p.Enum<KpiKind>(element, "kind", path, kpiId, required: true);
        var direction = p.Enum<KpiDirection>(element, "direction", path, kpiId, required: true);
        var factor = p.Number(element, "factor", path, kpiId) ?? 1;
        if (factor <= 0)
        {
            p.Add(kpiId, $"{path}.factor", "'factor' must be greater than 0 (100 for a percentage).");
        }
        var goals = p.Strings(element, "goals", path, kpiId)
            .Select((g, i) => p.ParseEnum<KpiGoal>(g, $"{path}.goals[{i}]", kpiId)).OfType<KpiGoal>().ToList();
        var (formula, isExpression, source) = ReadFormula(element, path, kpiId, files, p);

        var definition = new KpiDefinition
        {
            Id = id ?? "",
            Name = p.Localized(element, "name", path, kpiId, required: true) ?? [],
            Description = p.String(element, "description", path, kpiId, required: false) ?? "",
            Unit = p.String(element, "unit", path, kpiId, required: true) ?? "",
            Direction = direction ?? KpiDirection.Up,
            Goals = goals,
            Level = p.Enum<KpiLevel>(element, "level", path, kpiId, required: false) ?? KpiLevel.Cluster,
            Kind = kind ?? KpiKind.Custom,
            Factor = factor,
            Targets = ReadTargets(element, path, kpiId, direction, p),
            Rollup = ReadRollup(element, path, kpiId, kind, p),
            Source = p.Enum<KpiDataSource>(element, "source", path, kpiId, required: false) ?? KpiDataSource.Cluster,
            Formula = formula,
            IsExpression = isExpression,
            FormulaSource = source,
            DependsOn = p.Strings(element, "dependsOn", path, kpiId),
            History = p.WholeNumbers(element, "history", path, kpiId, 1, maxHistoryLag),
        };
        return id is null ? null : definition;
    }

    private static (string Formula, bool IsExpression, string Source) ReadFormula(
        JsonElement element, string path, string kpiId, IReadOnlyDictionary<string, string> files, KpiManifestProblems p)
    {
        var inline = p.String(element, "formula", path, kpiId, required: false);
        var file = p.String(element, "formulaFile", path, kpiId, required: false);
        if ((inline is null) == (file is null))
        {
            p.Add(kpiId, path, "Give exactly one of 'formula' (an inline expression, e.g. \"count(roster)\") or 'formulaFile' (a .js file with a function body that returns the value).");
            return ("", true, $"{KpiManifestReader.ManifestFile} {path}.formula");
        }
        if (inline is not null)
        {
            return (inline, true, $"{KpiManifestReader.ManifestFile} {path}.formula");
        }
        var normalized = file!.Replace('\\', '/').TrimStart('.', '/');
        if (file.Contains("..", StringComparison.Ordinal) || Path.IsPathRooted(file) || !files.TryGetValue(normalized, out var text))
        {
            p.Add(kpiId, $"{path}.formulaFile", $"The formula file '{file}' is not in the pack; give a path inside the pack such as \"formulas/{kpiId}.js\".");
            return ("", false, file);
        }
        return (text, false, normalized);
    }

    private static KpiTargets? ReadTargets(JsonElement element, string path, string kpiId, KpiDirection? direction, KpiManifestProblems p)
    {
        if (!element.TryGetProperty("targets", out var targets) || targets.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        var where = $"{path}.targets";
        if (targets.ValueKind != JsonValueKind.Object)
        {
            p.Add(kpiId, where, "'targets' must be a record { \"green\": 85, \"amber\": 70 } (red is anything worse than amber).");
            return null;
        }
        p.OnlyKnown(targets, where, kpiId, "green", "amber");
        var green = p.Number(targets, "green", where, kpiId);
        var amber = p.Number(targets, "amber", where, kpiId);
        if (green is null || amber is null)
        {
            p.Add(kpiId, where, "'targets' needs both 'green' and 'amber' thresholds.");
            return null;
        }
        if (direction == KpiDirection.Up && green < amber)
        {
            p.Add(kpiId, where, $"Higher is better for this KPI, so 'green' ({green}) must be at least 'amber' ({amber}).");
        }
        if (direction == KpiDirection.Down && green > amber)
        {
            p.Add(kpiId, where, $"Lower is better for this KPI, so 'green' ({green}) must be at most 'amber' ({amber}).");
        }
        return new KpiTargets { Green = green.Value, Amber = amber.Value };
    }

    private static KpiRollupRule ReadRollup(JsonElement element, string path, string kpiId, KpiKind? kind, KpiManifestProblems p)
    {
        var declared = p.Enum<KpiRollupRule>(element, "rollup", path, kpiId, required: kind == KpiKind.Custom);
        var natural = kind switch
        {
            KpiKind.Count or KpiKind.Sum => KpiRollupRule.Sum,
            KpiKind.Ratio => KpiRollupRule.Ratio,
            _ => (KpiRollupRule?)null,
        };
        if (natural is not null && declared is not null && declared != natural)
        {
            p.Add(kpiId, $"{path}.rollup", $"A {kind.ToString()!.ToLowerInvariant()} KPI rolls up by '{natural.ToString()!.ToLowerInvariant()}'; leave 'rollup' out (it is only for custom KPIs).");
        }
        return natural ?? declared ?? KpiRollupRule.None;
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex KpiIdPattern();
}
