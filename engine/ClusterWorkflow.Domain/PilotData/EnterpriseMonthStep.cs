namespace ClusterWorkflow.Domain.PilotData;

/// <summary>
/// Moves an enterprise one month on: its status (closures are for good; pauses last one to three
/// months and are likelier in a slack season; untraced enterprises mostly turn up again), its loan
/// and its training flag, which resets when a financial year starts in April.
/// </summary>
internal static class EnterpriseMonthStep
{
    private const double PauseRate = 0.010;
    private const double NotTracedRate = 0.006;

    /// <summary>The status of an enterprise already on the roster in the program's first month.</summary>
    public static void StartStatus(Random random, EnterpriseState state)
    {
        state.Status = random.Weighted([0.970, 0.012, 0.006, 0.012]) switch
        {
            0 => EnterpriseStatuses.Active,
            1 => EnterpriseStatuses.TemporarilyClosed,
            2 => EnterpriseStatuses.NotTraced,
            _ => EnterpriseStatuses.Closed,
        };
        state.PauseMonthsLeft = state.Status == EnterpriseStatuses.TemporarilyClosed ? random.Next(1, 3) : 0;
    }

    public static void AdvanceStatus(Random random, EnterpriseState state, ClusterTraits traits, double season)
    {
        switch (state.Status)
        {
            case EnterpriseStatuses.Closed:
                return;
            case EnterpriseStatuses.TemporarilyClosed:
                state.PauseMonthsLeft--;
                if (state.PauseMonthsLeft <= 0)
                {
                    state.Status = random.Chance(0.12) ? EnterpriseStatuses.Closed : EnterpriseStatuses.Active;
                }
                return;
            case EnterpriseStatuses.NotTraced:
                state.Status = random.Weighted([0.7, 0.1, 0.2]) switch
                {
                    0 => EnterpriseStatuses.Active,
                    1 => EnterpriseStatuses.Closed,
                    _ => EnterpriseStatuses.NotTraced,
                };
                return;
        }

        var pauseRate = season < 0.8 ? 2 * PauseRate : PauseRate;
        var draw = random.NextDouble();
        if (draw < traits.ClosureRatePerMonth)
        {
            state.Status = EnterpriseStatuses.Closed;
        }
        else if (draw < traits.ClosureRatePerMonth + pauseRate)
        {
            state.Status = EnterpriseStatuses.TemporarilyClosed;
            state.PauseMonthsLeft = random.Next(1, 4);
        }
        else if (draw < traits.ClosureRatePerMonth + pauseRate + NotTracedRate)
        {
            state.Status = EnterpriseStatuses.NotTraced;
        }
    }

    /// <summary>An instalment paid or missed; a closed enterprise pays nothing, so its arrears grow.</summary>
    public static void AdvanceLoan(Random random, EnterpriseState state)
    {
        if (state.LoanOutstanding <= 0)
        {
            if (state.Status == EnterpriseStatuses.Active && random.Chance(0.015))
            {
                EnterpriseFactory.TakeLoan(random, state, monthsAlreadyRepaid: 0);
            }
            return;
        }

        var misses = state.Status == EnterpriseStatuses.Closed || (state.RepaysLate && random.Chance(0.6));
        if (misses)
        {
            state.LoanOverdue += state.Instalment;
        }
        else
        {
            state.LoanOutstanding = Math.Max(0, state.LoanOutstanding - state.Instalment);
        }
        state.LoanOverdue = Math.Min(state.LoanOverdue, state.LoanOutstanding);
    }

    /// <summary>Returns true when the enterprise is trained for the first time this financial year.</summary>
    public static bool AdvanceTraining(Random random, EnterpriseState state, ClusterTraits traits, int calendarMonth)
    {
        if (calendarMonth == 4)
        {
            state.TrainedThisFy = false;
        }
        if (state.TrainedThisFy || state.Status != EnterpriseStatuses.Active || !random.Chance(traits.TrainingRatePerMonth))
        {
            return false;
        }
        state.TrainedThisFy = true;
        return true;
    }
}
