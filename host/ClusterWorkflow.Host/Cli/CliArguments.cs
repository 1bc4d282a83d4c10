namespace ClusterWorkflow.Host.Cli;

/// <summary>A verb's arguments: positional values and <c>--name value</c> options.</summary>
public sealed class CliArguments
{
    private readonly Dictionary<string, string?> options = new(StringComparer.Ordinal);

    public CliArguments(IReadOnlyList<string> args, IReadOnlySet<string> flags)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                Positional.Add(arg);
            }
            else if (flags.Contains(arg))
            {
                options[arg] = null;
            }
            else if (i + 1 < args.Count)
            {
                options[arg] = args[++i];
            }
            else
            {
                Problems.Add($"option {arg} needs a value");
            }
        }
    }

    public List<string> Positional { get; } = [];

    public List<string> Problems { get; } = [];

    public string? Option(string name) => options.GetValueOrDefault(name);

    public bool Flag(string name) => options.ContainsKey(name);

    public IEnumerable<string> OptionNames => options.Keys;
}
