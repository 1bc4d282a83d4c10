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

    /// <summary>Listens on 127.0.0.1:5080 unless <c>--urls</c> or ASPNETCORE_URLS says otherwise.</summary>
    public static string[] Normalize(string[] args)
    {
        var hasUrls = args.Any(a => a.StartsWith("--urls", StringComparison.Ordinal))
                      || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_URLS"));
        return hasUrls ? args : [.. args, "--urls", DefaultUrl];
    }
}
