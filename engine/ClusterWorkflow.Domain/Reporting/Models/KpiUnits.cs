namespace ClusterWorkflow.Domain.Reporting.Models;

/// <summary>
/// Units the report functions know how to show. A <see cref="Percent"/> value is a fraction
/// (0.452 shows as 45.2%) and its change is in percentage points; <see cref="Rupees"/> values use
/// Indian grouping, lakh and crore. Any other unit is shown as a grouped number with the unit after it.
/// </summary>
public static class KpiUnits
{
    public const string Percent = "%";
    public const string Rupees = "INR";
    public const string RupeesPerDay = "INR/day";
    public const string Count = "count";
    public const string Persons = "persons";
    public const string Days = "days";
}
