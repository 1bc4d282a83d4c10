using System.Globalization;
using ClusterWorkflow.Host.Hosting;

namespace ClusterWorkflow.Host.Operations;

/// <summary>The figures of one scrape as Prometheus text: cluster, requests, process.</summary>
public static class MetricsExposition
{
    public static string Write(ClusterFigures? cluster, RequestCounters requests, ProcessFigures process, HostSettings settings)
    {
        var text = new PrometheusText();
        text.Family("clusterworkflow_cluster_up", "gauge", "1 when the management grain answered this scrape, 0 when the cluster figures below are missing.")
            .Sample("clusterworkflow_cluster_up", cluster is null ? 0 : 1);
        if (cluster is not null) WriteCluster(text, cluster, settings);
        WriteRequests(text, requests);
        WriteProcess(text, process);
        return text.ToString();
    }

    private static void WriteCluster(PrometheusText text, ClusterFigures cluster, HostSettings settings)
    {
        text.Family("clusterworkflow_silo_info", "gauge", "The silo that answered this scrape and its store.")
            .Sample("clusterworkflow_silo_info", 1, ("silo", cluster.LocalSilo), ("store", settings.StoreKind.ToString().ToLowerInvariant()));
        text.Family("clusterworkflow_silos_active", "gauge", "Silos in the cluster's membership with status Active.")
            .Sample("clusterworkflow_silos_active", cluster.ActiveSilos);
        text.Family("clusterworkflow_silos", "gauge", "Silos in the cluster's membership by status (dead ones left out).");
        foreach (var group in cluster.Silos.GroupBy(s => s.Status).OrderBy(g => g.Key, StringComparer.Ordinal))
            text.Sample("clusterworkflow_silos", group.Count(), ("status", group.Key));
        text.Family("clusterworkflow_active_grains", "gauge", "Grain activations on all silos.")
            .Sample("clusterworkflow_active_grains", cluster.ActiveGrains);
        text.Family("clusterworkflow_grain_activations", "gauge", "Grain activations by silo and grain type.");
        foreach (var grain in cluster.Grains)
            text.Sample("clusterworkflow_grain_activations", grain.Activations, ("silo", grain.Silo), ("grain_type", grain.GrainType));
    }

    private static void WriteRequests(PrometheusText text, RequestCounters requests)
    {
        var counts = requests.Counts();
        text.Family("clusterworkflow_http_requests_total", "counter", "API requests answered by this silo, by method, route template and status.");
        foreach (var (key, count) in counts)
            text.Sample("clusterworkflow_http_requests_total", count,
                ("method", key.Method), ("route", key.Route), ("status", key.Status.ToString(CultureInfo.InvariantCulture)));
        text.Family("clusterworkflow_http_request_errors_total", "counter", "Requests refused (client: 4xx) or failed (server: 5xx) by this silo.")
            .Sample("clusterworkflow_http_request_errors_total", counts.Where(c => c.Key.Status is >= 400 and < 500).Sum(c => c.Count), ("kind", "client"))
            .Sample("clusterworkflow_http_request_errors_total", counts.Where(c => c.Key.Status >= 500).Sum(c => c.Count), ("kind", "server"));
        text.Family("clusterworkflow_http_requests_in_flight", "gauge", "Requests being answered now, this scrape included.")
            .Sample("clusterworkflow_http_requests_in_flight", requests.InFlight);

        const string duration = "clusterworkflow_http_request_duration_seconds";
        text.Family(duration, "histogram", "Time to answer a request, all routes together.");
        var buckets = requests.Buckets();
        long cumulative = 0;
        for (var i = 0; i < RequestCounters.BucketBounds.Length; i++)
        {
            cumulative += buckets[i];
            text.Sample(duration + "_bucket", cumulative, ("le", PrometheusText.Format(RequestCounters.BucketBounds[i])));
        }
        cumulative += buckets[^1];
        text.Sample(duration + "_bucket", cumulative, ("le", "+Inf"))
            .Sample(duration + "_sum", requests.TotalDuration.TotalSeconds)
            .Sample(duration + "_count", cumulative);
    }

    private static void WriteProcess(PrometheusText text, ProcessFigures process)
    {
        text.Family("process_resident_memory_bytes", "gauge", "Resident memory of this host process.")
            .Sample("process_resident_memory_bytes", process.ResidentBytes);
        text.Family("process_peak_resident_memory_bytes", "gauge", "Highest resident memory of this host process since it started (VmHWM).")
            .Sample("process_peak_resident_memory_bytes", process.PeakResidentBytes);
        text.Family("dotnet_gc_heap_bytes", "gauge", "Bytes the garbage collector counts as allocated.")
            .Sample("dotnet_gc_heap_bytes", process.GcHeapBytes);
        text.Family("process_cpu_seconds_total", "counter", "CPU time used by this host process.")
            .Sample("process_cpu_seconds_total", process.CpuSeconds);
        text.Family("process_start_time_seconds", "gauge", "When this host process started, in seconds since the Unix epoch.")
            .Sample("process_start_time_seconds", process.StartedAt.ToUnixTimeSeconds());
        text.Family("process_threads", "gauge", "Threads of this host process.")
            .Sample("process_threads", process.ThreadCount);
    }
}
