using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ClusterWorkflow.Domain.Scripting;

/// <summary>
/// The processor time the calling thread has used. A script's time limit counts this, not the
/// wall clock: on a loaded machine (a round closing 2,000 clusters on two cores) a correct formula
/// may wait seconds for a core, and it must not fail for time it never ran. Where the platform
/// offers no per-thread clock the wall clock stands in.
/// </summary>
internal static class ThreadCpuClock
{
    private const int LinuxThreadCpuClock = 3;   // CLOCK_THREAD_CPUTIME_ID on Linux
    private const int MacThreadCpuClock = 16;    // CLOCK_THREAD_CPUTIME_ID on macOS

    private static readonly Func<TimeSpan> Source = Choose();

    /// <summary>True when <see cref="Now"/> counts thread processor time; false when it is the wall clock.</summary>
    public static bool IsThreadTime { get; private set; }

    /// <summary>The calling thread's processor time so far (or wall time; see <see cref="IsThreadTime"/>).</summary>
    public static TimeSpan Now() => Source();

    private static Func<TimeSpan> Choose()
    {
        var clockId = OperatingSystem.IsLinux() ? LinuxThreadCpuClock : OperatingSystem.IsMacOS() ? MacThreadCpuClock : -1;
        if (clockId >= 0 && TryClock(clockId, out _))
        {
            IsThreadTime = true;
            return () => TryClock(clockId, out var time) ? time : Stopwatch.GetElapsedTime(0);
        }
        return () => Stopwatch.GetElapsedTime(0);
    }

    private static bool TryClock(int clockId, out TimeSpan time)
    {
        try
        {
            if (clock_gettime(clockId, out var spec) == 0)
            {
                time = TimeSpan.FromTicks(spec.Seconds * TimeSpan.TicksPerSecond + spec.Nanoseconds / 100);
                return true;
            }
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            // No libc clock here: the wall clock stands in.
        }
        time = default;
        return false;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int clock_gettime(int clockId, out TimeSpec time);
}
