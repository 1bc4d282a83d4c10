using ClusterWorkflow.Domain.Forms;
using ClusterWorkflow.Domain.Reporting.Exports;
using ClusterWorkflow.Domain.Reporting.Models;

namespace ClusterWorkflow.Host.Reports;

/// <summary>
/// Lays out what <see cref="RoundExportBuilder"/> exports: the cluster form's fields over all its
/// versions (a dropped field keeps its column), the roster's, every KPI of the pack in pack units
/// (45.2 for 45.2%, as the pack computes it), and the district, state and program roll-ups in scope.
/// KPI values are exported for approved submissions only; data for all unless the reader sees approved data only.
/// </summary>
internal static class RoundExportAssembler
{
    public static RoundExportInput Assemble(ExportSourceInput input)
    {
        var labels = WorkflowLabels.From(input.Plan.Workflow.Json);
        var kpis = input.Plan.KpiPack?.Kpis ?? [];
        var visible = input.Clusters
            .Where(c => input.Scope.Includes(c.Profile) && (!input.Scope.ApprovedOnly || c.Final))
            .ToList();
        var language = input.Options.Language;

        return new RoundExportInput
        {
            Program = input.ProgramId,
            Period = input.Round.Period,
            SubmissionFields = ExportSchema.FromVersions(input.ClusterFormVersions.Select(f => Columns(Flatten(f.Fields), language))),
            EnterpriseFields = ExportSchema.FromVersions(input.RosterFormVersions.Select(f => Columns(RosterFields(f), language))),
            Kpis = kpis.Select(k => new KpiColumn
            {
                Id = k.Id,
                Name = $"{k.DisplayName(language)} ({KpiPresentation.Unit(k)})",
                Unit = KpiPresentation.Unit(k),
                Direction = KpiPresentation.Direction(k),
            }).ToList(),
            Clusters = visible.Select(c => new ClusterExportRow
            {
                Cluster = ReportClusters.Info(c.Profile),
                WorkflowState = labels.State(c.WorkflowState),
                FormVersion = $"{input.Plan.ClusterForm.Id} v{input.Plan.ClusterForm.Version}",
                Fields = input.Data.TryGetValue(c.Profile.Id, out var data) ? new Dictionary<string, object?>(data.Cluster) : [],
                Kpis = c.Final && c.Kpis is { } values
                    ? kpis.ToDictionary(k => k.Id, k => values.Values.GetValueOrDefault(k.Id) is { Error: null } v && v.Value is { } n && double.IsFinite(n) ? n : (double?)null)
                    : [],
            }).ToList(),
            Rollups = Rollups(input, visible).ToList(),
            Enterprises = visible
                .SelectMany(c => input.Data.TryGetValue(c.Profile.Id, out var data)
                    ? data.Roster.Select(r => new EnterpriseExportRow { ClusterId = c.Profile.Id, Fields = new Dictionary<string, object?>(r) })
                    : [])
                .ToList(),
        };
    }

    private static IEnumerable<RollupExportRow> Rollups(ExportSourceInput input, List<Abstractions.Rounds.RoundClusterStatus> visible)
    {
        var kpis = input.Plan.KpiPack?.Kpis ?? [];
        Dictionary<string, double?> Values(Domain.Kpis.KpiRollupNode node) =>
            kpis.ToDictionary(k => k.Id, k => node.Values.GetValueOrDefault(k.Id) is { Error: null } v ? v.Value : null);

        var areas = visible.Select(c => (c.Profile.State, c.Profile.District)).Distinct().ToList();
        foreach (var (state, district) in areas.Where(a => input.Scope.IncludesArea(a.State, a.District)))
        {
            if (RoundRollups.District(input.Rollup, state, district) is { } node)
            {
                yield return new RollupExportRow { Level = "district", Name = district, Parent = state, Clusters = node.ClusterCount, Kpis = Values(node) };
            }
        }
        foreach (var state in areas.Select(a => a.State).Distinct().Where(s => input.Scope.IncludesArea(s)))
        {
            if (RoundRollups.State(input.Rollup, state) is { } node)
            {
                yield return new RollupExportRow { Level = "state", Name = state, Clusters = node.ClusterCount, Kpis = Values(node) };
            }
        }
        if (input.Scope.WholeProgram && RoundRollups.Program(input.Rollup, input.ProgramId) is { } total)
        {
            yield return new RollupExportRow { Level = "program", Name = input.ProgramId, Clusters = total.ClusterCount, Kpis = Values(total) };
        }
    }

    /// <summary>Fields that hold a value of their own: groups opened up, notes and repeats left out.</summary>
    private static IEnumerable<FieldDefinition> Flatten(IEnumerable<FieldDefinition> fields) => fields.SelectMany(f => f.Type switch
    {
        FieldType.Group => Flatten(f.Children),
        FieldType.Note or FieldType.Repeat => [],
        _ => [f],
    });

    private static IEnumerable<FieldDefinition> RosterFields(FormDefinition form) =>
        Flatten(form.Fields.Where(f => f.Type is FieldType.Repeat or FieldType.Group)
            .SelectMany(f => f.Type == FieldType.Repeat ? f.Children : RepeatChildren(f.Children)));

    private static IEnumerable<FieldDefinition> RepeatChildren(IEnumerable<FieldDefinition> fields) =>
        fields.Where(f => f.Type is FieldType.Repeat or FieldType.Group)
            .SelectMany(f => f.Type == FieldType.Repeat ? f.Children : RepeatChildren(f.Children));

    private static IEnumerable<ExportColumn> Columns(IEnumerable<FieldDefinition> fields, string language) => fields.Select(f => new ExportColumn
    {
        Key = f.Name,
        Label = f.Label.GetValueOrDefault(language) ?? f.Label.GetValueOrDefault("en") ?? f.Name,
        Kind = f.Type is FieldType.Integer or FieldType.Decimal ? ExportColumnKind.Number : ExportColumnKind.Text,
    });
}
