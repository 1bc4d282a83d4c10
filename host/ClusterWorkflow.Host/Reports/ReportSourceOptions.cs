namespace ClusterWorkflow.Host.Reports;

/// <summary>
/// Which KPIs the reports put up front. Bound from <c>ClusterWorkflow:Reports</c>; a KPI id the round's
/// pack does not have is skipped, so a list written for one pack never breaks a round on another.
/// </summary>
public sealed class ReportSourceOptions
{
    public const string Section = "ClusterWorkflow:Reports";

    /// <summary>
    /// KPIs that get a key figure and a trend chart in the review report. Empty (the default): the
    /// pack's sum KPIs and then its ratio KPIs with targets, six at most, in pack order.
    /// </summary>
    public List<string> HeadlineKpis { get; set; } = [];

    /// <summary>
    /// The columns of the round summary's KPI tables (a manager scans them across clusters, so a
    /// handful). Empty (the default): the headline KPIs.
    /// </summary>
    public List<string> SummaryKpis { get; set; } = [];

    /// <summary>How many clusters the round summary lists as the biggest movers. Default 8.</summary>
    public int Movers { get; set; } = 8;

    /// <summary>Language of KPI names and field labels (<c>en</c>, <c>hi</c>). Default <c>en</c>.</summary>
    public string Language { get; set; } = "en";
}
