namespace ClusterWorkflow.Domain.PilotData;

/// <summary>The few distributions the generator needs, on a seeded <see cref="Random"/>.</summary>
internal static class RandomDraws
{
    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    public static double Between(this Random random, double min, double max) => min + (random.NextDouble() * (max - min));

    /// <summary>Standard normal by Box–Muller (one of the pair; the other is dropped to keep the draw order simple).</summary>
    public static double Gaussian(this Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>A log-normal multiplier with mean 1: most values near 1, a long tail of larger ones.</summary>
    public static double LogNormalFactor(this Random random, double sigma) =>
        Math.Exp((sigma * random.Gaussian()) - (sigma * sigma / 2));

    /// <summary>An index drawn with the given weights (which need not add up to 1).</summary>
    public static int Weighted(this Random random, IReadOnlyList<double> weights)
    {
        var target = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Count; i++)
        {
            target -= weights[i];
            if (target < 0)
            {
                return i;
            }
        }
        return weights.Count - 1;
    }

    /// <summary>Rounds to a multiple of <paramref name="step"/> rupees, never below 0.</summary>
    public static long Rupees(double amount, long step = 10) =>
        amount <= 0 ? 0 : (long)Math.Round(amount / step, MidpointRounding.AwayFromZero) * step;
}
