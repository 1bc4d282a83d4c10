using ClusterWorkflow.Domain.Reporting.Models;

namespace ClusterWorkflow.Domain.Reporting.Exports;

/// <summary>
/// Lays a round out as sheets: <c>cluster</c> (who, workflow state, form version, every answer,
/// every KPI), <c>district</c>, <c>state</c> and <c>program</c> (KPI roll-ups) and, when a roster
/// is given, <c>enterprise</c>. Columns follow the stored schema, so files of different rounds line up.
/// </summary>
public static class RoundExportBuilder
{
    private static readonly string[] ClusterIdentity = ["cluster_id", "cluster", "state", "district", "block", "workflow_state", "form_version"];

    public static RoundExport Build(RoundExportInput input)
    {
        var kpiColumns = input.Kpis.Select(k => new ExportColumn { Key = "kpi." + k.Id, Label = k.Name, Kind = ExportColumnKind.Number }).ToList();
        var sheets = new List<ExportSheet> { ClusterSheet(input, kpiColumns) };
        foreach (var level in new[] { "district", "state", "program" })
        {
            sheets.Add(RollupSheet(level, input.Rollups.Where(r => string.Equals(r.Level, level, StringComparison.OrdinalIgnoreCase)), input.Kpis, kpiColumns));
        }

        if (input.Enterprises.Count > 0)
        {
            sheets.Add(EnterpriseSheet(input));
        }

        return new RoundExport { Program = input.Program, Period = input.Period, Sheets = sheets };
    }

    private static ExportSheet ClusterSheet(RoundExportInput input, List<ExportColumn> kpiColumns)
    {
        // Answers to fields the schema does not know yet are kept, after the known ones, in name order.
        var schema = input.SubmissionFields.Extend(input.Clusters
            .SelectMany(c => c.Fields.Keys)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(key => new ExportColumn { Key = key, Label = key }));
        var fieldColumns = schema.Columns
            .Select(c => ClusterIdentity.Contains(c.Key) || c.Key.StartsWith("kpi.", StringComparison.Ordinal) ? c with { Key = "field." + c.Key } : c)
            .ToList();

        var columns = ClusterIdentity.Select(Text).Concat(fieldColumns).Concat(kpiColumns).ToList();
        var rows = input.Clusters.Select(c =>
        {
            var row = new List<ExportCell>(columns.Count)
            {
                Cell(c.Cluster.Id), Cell(c.Cluster.Name), Cell(c.Cluster.State), Cell(c.Cluster.District),
                Cell(c.Cluster.Block), Cell(c.WorkflowState), Cell(c.FormVersion),
            };
            row.AddRange(schema.Columns.Select(f => ExportCell.From(c.Fields.GetValueOrDefault(f.Key))));
            row.AddRange(input.Kpis.Select(k => ExportCell.From(c.Kpis.GetValueOrDefault(k.Id))));
            return row;
        }).ToList();

        return new ExportSheet { Name = "cluster", Columns = columns, Rows = rows };
    }

    private static ExportSheet RollupSheet(string level, IEnumerable<RollupExportRow> rollups, List<KpiColumn> kpis, List<ExportColumn> kpiColumns)
    {
        var identity = level == "district" ? new[] { "district", "state" } : [level];
        var columns = identity.Select(Text).Append(new ExportColumn { Key = "clusters", Label = "clusters", Kind = ExportColumnKind.Number }).Concat(kpiColumns).ToList();
        var rows = rollups.Select(r =>
        {
            var row = new List<ExportCell> { Cell(r.Name) };
            if (level == "district")
            {
                row.Add(Cell(r.Parent));
            }

            row.Add(new ExportCell { Number = r.Clusters });
            row.AddRange(kpis.Select(k => ExportCell.From(r.Kpis.GetValueOrDefault(k.Id))));
            return row;
        }).ToList();

        return new ExportSheet { Name = level, Columns = columns, Rows = rows };
    }

    private static ExportSheet EnterpriseSheet(RoundExportInput input)
    {
        var schema = input.EnterpriseFields.Extend(input.Enterprises
            .SelectMany(e => e.Fields.Keys)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(key => new ExportColumn { Key = key, Label = key }));
        var columns = new[] { Text("cluster_id") }.Concat(schema.Columns.Select(c => c.Key == "cluster_id" ? c with { Key = "field.cluster_id" } : c)).ToList();
        var rows = input.Enterprises
            .Select(e => new[] { Cell(e.ClusterId) }.Concat(schema.Columns.Select(f => ExportCell.From(e.Fields.GetValueOrDefault(f.Key)))).ToList())
            .ToList();
        return new ExportSheet { Name = "enterprise", Columns = columns, Rows = rows };
    }

    private static ExportColumn Text(string key) => new() { Key = key, Label = key, Kind = ExportColumnKind.Text };

    private static ExportCell Cell(string text) => new() { Text = text };
}
