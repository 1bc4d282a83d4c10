namespace ClusterWorkflow.Domain.PilotData;

/// <summary>
/// For each <see cref="InjectedErrorKind"/>: which rows it fits (so the change breaks exactly one
/// rule) and the change itself.
/// </summary>
internal static class ErrorRecipes
{
    private static readonly string[] TextShapes = ["{0}/-", "approx {0}", "Rs {0}", "{1}k"];

    private static readonly string[] TextTargets =
        [RosterFields.RevenueTotal, RosterFields.RawMaterialCost, RosterFields.OtherCosts, RosterFields.PersonDays];

    public static bool Fits(InjectedErrorKind kind, IReadOnlyDictionary<string, object?> row) => kind switch
    {
        InjectedErrorKind.PersonDaysTooHigh => RowValues.IsActive(row) && RowValues.Workers(row) >= 1 && RowValues.NumberOrZero(row, RosterFields.DaysOperated) >= 1,
        InjectedErrorKind.ClosedWithRevenue => RowValues.IsActive(row) || RowValues.Text(row, RosterFields.Status) == EnterpriseStatuses.Closed,
        InjectedErrorKind.OverdueAboveOutstanding => RowValues.Number(row, RosterFields.LoanOutstanding) is not null,
        InjectedErrorKind.MissingOwnerGender => !string.IsNullOrEmpty(RowValues.Text(row, RosterFields.OwnerGender)),
        InjectedErrorKind.TextInNumberColumn or InjectedErrorKind.CollectiveSalesAboveRevenue =>
            RowValues.IsActive(row) && RowValues.NumberOrZero(row, RosterFields.RevenueTotal) > 0,
        InjectedErrorKind.DaysOperatedAboveMonth => RowValues.IsActive(row),
        _ => false,
    };

    /// <summary>Changes one field of <paramref name="row"/> and says what changed.</summary>
    public static InjectedError Apply(InjectedErrorKind kind, Dictionary<string, object?> row, int index, Random random)
    {
        var (field, value, rule) = kind switch
        {
            InjectedErrorKind.PersonDaysTooHigh => (RosterFields.PersonDays,
                (object?)(long)((RowValues.Workers(row) * RowValues.NumberOrZero(row, RosterFields.DaysOperated)) + random.Next(1, 30)),
                "person_days ≤ workers × days_operated"),
            InjectedErrorKind.ClosedWithRevenue => ClosedWithRevenue(row, random),
            InjectedErrorKind.OverdueAboveOutstanding => (RosterFields.LoanOverdue,
                (long)RowValues.NumberOrZero(row, RosterFields.LoanOutstanding) + (random.Next(1, 20) * 1000L),
                "loan_overdue ≤ loan_outstanding"),
            InjectedErrorKind.MissingOwnerGender => (RosterFields.OwnerGender, null, "owner_gender is required"),
            InjectedErrorKind.TextInNumberColumn => TextInNumber(row, random),
            InjectedErrorKind.CollectiveSalesAboveRevenue => (RosterFields.RevenueViaCollective,
                (long)RowValues.NumberOrZero(row, RosterFields.RevenueTotal) + (random.Next(1, 50) * 100L),
                "revenue_via_collective ≤ revenue_total"),
            InjectedErrorKind.DaysOperatedAboveMonth => (RosterFields.DaysOperated, random.Next(32, 41),
                "days_operated ≤ days in the month"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No recipe for this kind."),
        };

        var error = new InjectedError
        {
            RowIndex = index,
            EnterpriseId = RowValues.Text(row, RosterFields.EnterpriseId) ?? "",
            Kind = kind,
            Field = field,
            OriginalValue = row.GetValueOrDefault(field),
            InjectedValue = value is int days ? (long)days : value,
            Rule = rule,
        };
        row[field] = error.InjectedValue;
        return error;
    }

    private static (string, object?, string) ClosedWithRevenue(Dictionary<string, object?> row, Random random)
    {
        const string rule = "a closed enterprise has revenue_total = 0 and no workers";
        return RowValues.IsActive(row)
            ? (RosterFields.Status, EnterpriseStatuses.Closed, rule)
            : (RosterFields.RevenueTotal, random.Next(5, 150) * 100L, rule);
    }

    private static (string, object?, string) TextInNumber(Dictionary<string, object?> row, Random random)
    {
        var field = TextTargets[random.Next(TextTargets.Length)];
        var number = (long)RowValues.NumberOrZero(row, field);
        var shape = TextShapes[random.Next(TextShapes.Length)];
        var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, number, Math.Round(number / 1000.0, 1));
        return (field, text, $"{field} must be a number");
    }
}
