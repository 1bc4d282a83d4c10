using System.Net;
using System.Net.Sockets;

namespace ClusterWorkflow.Host.Hosting;

/// <summary>Ports nobody listens on, for silos that verbs start beside a running host.</summary>
internal static class FreePorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static string NextText() => Next().ToString(System.Globalization.CultureInfo.InvariantCulture);
}
