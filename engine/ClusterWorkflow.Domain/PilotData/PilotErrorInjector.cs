namespace ClusterWorkflow.Domain.PilotData;

/// <summary>
/// Puts realistic mistakes into a copy of a roster month for the demo, and takes them out again.
/// Each mistake goes into a different row and changes one field, so the rows reported are exactly
/// the rows broken. The input rows are never changed.
/// </summary>
public static class PilotErrorInjector
{
    /// <summary>
    /// A copy of <paramref name="rows"/> with up to <paramref name="count"/> mistakes, the kinds taken
    /// in turn from <paramref name="kinds"/> (default: every <see cref="InjectedErrorKind"/>). A kind
    /// that fits no remaining row is skipped, so fewer mistakes come back when the roster is small.
    /// </summary>
    public static ErrorInjection InjectErrors(
        IReadOnlyList<IReadOnlyDictionary<string, object?>> rows, int count, int seed, IReadOnlyList<InjectedErrorKind>? kinds = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        kinds = kinds is { Count: > 0 } ? kinds : Enum.GetValues<InjectedErrorKind>();
        var random = new Random(seed);
        var copy = rows.Select(r => new Dictionary<string, object?>(r, StringComparer.Ordinal)).ToList();
        var used = new HashSet<int>();
        var errors = new List<InjectedError>();

        var misses = 0;
        for (var k = 0; errors.Count < Math.Min(count, copy.Count) && misses < kinds.Count; k++)
        {
            var kind = kinds[k % kinds.Count];
            var candidates = Enumerable.Range(0, copy.Count).Where(i => !used.Contains(i) && ErrorRecipes.Fits(kind, copy[i])).ToList();
            if (candidates.Count == 0)
            {
                misses++;
                continue;
            }
            misses = 0;
            var index = candidates[random.Next(candidates.Count)];
            used.Add(index);
            errors.Add(ErrorRecipes.Apply(kind, copy[index], index, random));
        }

        return new ErrorInjection
        {
            Rows = copy,
            Errors = errors.OrderBy(e => e.RowIndex).ToList(),
        };
    }

    /// <summary>A copy of <paramref name="rows"/> with the original value of every reported mistake written back, as a TSA's fix would.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, object?>> Fix(
        IReadOnlyList<IReadOnlyDictionary<string, object?>> rows, IEnumerable<InjectedError> errors)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(errors);
        var copy = rows.Select(r => new Dictionary<string, object?>(r, StringComparer.Ordinal)).ToList();
        foreach (var error in errors.Where(e => e.RowIndex >= 0 && e.RowIndex < copy.Count))
        {
            copy[error.RowIndex][error.Field] = error.OriginalValue;
        }
        return copy;
    }
}
