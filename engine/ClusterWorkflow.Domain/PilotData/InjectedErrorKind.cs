using System.Text.Json.Serialization;

namespace ClusterWorkflow.Domain.PilotData;

/// <summary>The realistic mistakes <see cref="PilotErrorInjector"/> can put into a roster; each breaks one roster rule.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<InjectedErrorKind>))]
public enum InjectedErrorKind
{
    /// <summary><c>person_days</c> above workers × <c>days_operated</c> (e.g. days of the month typed for each worker twice).</summary>
    PersonDaysTooHigh,

    /// <summary>A closed enterprise with revenue: a closed row given a revenue, or an active row marked closed.</summary>
    ClosedWithRevenue,

    /// <summary><c>loan_overdue</c> above <c>loan_outstanding</c> (the two columns swapped or the sanction amount typed).</summary>
    OverdueAboveOutstanding,

    /// <summary><c>owner_gender</c> left empty.</summary>
    MissingOwnerGender,

    /// <summary>A number column holding text such as <c>12340/-</c> or <c>approx 9000</c>.</summary>
    TextInNumberColumn,

    /// <summary><c>revenue_via_collective</c> above <c>revenue_total</c>.</summary>
    CollectiveSalesAboveRevenue,

    /// <summary><c>days_operated</c> above the days of any month (32 to 40).</summary>
    DaysOperatedAboveMonth,
}
