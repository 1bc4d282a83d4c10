namespace ClusterWorkflow.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/ClusterWorkflow.Benchmarks [-- NAME ...]</c>: runs the named
/// benchmarks, or all of them. Benchmarks are found by reflection so each lives in its own file.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var all = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(IBenchmark).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .Select(t => (IBenchmark)Activator.CreateInstance(t)!)
            .OrderBy(b => b.Name, StringComparer.Ordinal)
            .ToList();

        var unknown = args.Where(a => all.All(b => b.Name != a)).ToList();
        if (unknown.Count > 0)
        {
            Console.Error.WriteLine($"Unknown benchmark(s): {string.Join(", ", unknown)}. Known: {string.Join(", ", all.Select(b => b.Name))}");
            return 2;
        }

        foreach (var benchmark in all.Where(b => args.Length == 0 || args.Contains(b.Name)))
        {
            Console.WriteLine($"== {benchmark.Name}: {benchmark.Description}");
            benchmark.Run(Console.Out);
            Console.WriteLine();
        }
        return 0;
    }
}
