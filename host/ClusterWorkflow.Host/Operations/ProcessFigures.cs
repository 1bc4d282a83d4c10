using System.Diagnostics;

namespace ClusterWorkflow.Host.Operations;

/// <summary>This process' memory, CPU time and age, as the operating system and the GC see them.</summary>
public sealed record ProcessFigures(
    long ResidentBytes, long PeakResidentBytes, long GcHeapBytes, double CpuSeconds, double UptimeSeconds, DateTimeOffset StartedAt, int ThreadCount)
{
    public static ProcessFigures Now()
    {
        using var process = Process.GetCurrentProcess();
        var started = new DateTimeOffset(process.StartTime.ToUniversalTime(), TimeSpan.Zero);
        return new ProcessFigures(
            process.WorkingSet64,
            PeakResident(process),
            GC.GetTotalMemory(forceFullCollection: false),
            process.TotalProcessorTime.TotalSeconds,
            (DateTimeOffset.UtcNow - started).TotalSeconds,
            started,
            process.Threads.Count);
    }

    /// <summary>VmHWM from /proc on Linux (the high-water mark of the resident set); the runtime's peak elsewhere.</summary>
    private static long PeakResident(Process process)
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
            }
        }
        catch (IOException)
        {
            // not Linux, or /proc is not mounted
        }
        catch (UnauthorizedAccessException)
        {
        }
        return process.PeakWorkingSet64;
    }
}
