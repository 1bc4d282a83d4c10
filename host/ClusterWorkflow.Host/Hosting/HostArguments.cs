namespace ClusterWorkflow.Host.Hosting;

/// <summary>The host's command-line switches and their defaults.</summary>
public static class HostArguments
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>Short switches onto configuration keys (see <see cref="HostSettings"/>).</summary>
    public static readonly IDictionary<string, string> SwitchMappings = new Dictionary<string, string>
    {
        ["--store"] = $"{HostSettings.Section}:Store",
        ["--data-dir"] = $"{HostSettings.Section}:DataDir",
        ["--postgres"] = $"{HostSettings.Section}:Postgres",
        ["--silo-port"] = $"{HostSettings.Section}:SiloPort",
        ["--gateway-port"] = $"{HostSettings.Section}:GatewayPort",
        ["--service-id"] = $"{HostSettings.Section}:ServiceId",
        ["--cluster-id"] = $"{HostSettings.Section}:ClusterId",
        ["--log-format"] = $"{Operations.OperationsOptions.Section}:LogFormat",
        ["--admin-password"] = "ClusterWorkflow:Auth:BootstrapAdminPassword",
    };

    /// <summary>Switches without a value, and the configuration they stand for.</summary>
    public static readonly IReadOnlyDictionary<string, (string Key, string Value)> Flags = new Dictionary<string, (string, string)>
    {
        ["--no-seed"] = ($"{Pilot.PilotSeedOptions.Section}:SeedOnFirstStart", "false"),
    };

    /// <summary>
    /// Writes each flag as the <c>--key value</c> pair it stands for. Must run before the command line
    /// is read: a lone <c>--no-seed</c> would otherwise take the next argument as its value.
    /// </summary>
    public static string[] ExpandFlags(string[] args) =>
        args.SelectMany(a => Flags.TryGetValue(a, out var flag) ? new[] { $"--{flag.Key}", flag.Value } : [a]).ToArray();

    /// <summary>Listens on 127.0.0.1:5080 unless <c>--urls</c> or ASPNETCORE_URLS says otherwise.</summary>
    public static string[] Normalize(string[] args)
    {
        var hasUrls = args.Any(a => a.StartsWith("--urls", StringComparison.Ordinal))
                      || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_URLS"));
        return hasUrls ? args : [.. args, "--urls", DefaultUrl];
    }
}
