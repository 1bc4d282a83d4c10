using ClusterWorkflow.Domain.Scripting;

namespace ClusterWorkflow.Domain.Tests.Scripting;

/// <summary>
/// The time limit counts the processor time a script uses, so a formula waiting for a core on a
/// loaded machine does not fail (72 KPI values failed that way in the 2,000-cluster run).
/// </summary>
public sealed class CpuTimeLimitTests
{
    private TimeSpan _cpu;

    [Fact]
    public void WaitingForAProcessorDoesNotCountAgainstTheLimit()
    {
        var constraint = new CpuTimeLimitConstraint(() => _cpu);
        constraint.Begin(TimeSpan.FromSeconds(2));

        // Wall time passes (the thread waits for a core) but it uses only 1.5 s of processor time.
        _cpu += TimeSpan.FromSeconds(1.5);
        RunStatements(constraint, CpuTimeLimitConstraint.ChecksPerRead * 3);
    }

    [Fact]
    public void UsingMoreProcessorTimeThanTheLimitStopsTheScript()
    {
        var constraint = new CpuTimeLimitConstraint(() => _cpu);
        constraint.Begin(TimeSpan.FromSeconds(2));

        _cpu += TimeSpan.FromSeconds(2.1);

        Assert.Throws<ProcessorTimeExceededException>(() => RunStatements(constraint, CpuTimeLimitConstraint.ChecksPerRead));
    }

    [Fact]
    public void AfterEndNoLimitApplies()
    {
        var constraint = new CpuTimeLimitConstraint(() => _cpu);
        constraint.Begin(TimeSpan.FromSeconds(2));
        constraint.End();

        _cpu += TimeSpan.FromHours(1);
        RunStatements(constraint, CpuTimeLimitConstraint.ChecksPerRead * 2);
    }

    [Fact]
    public void ThisPlatformHasAThreadProcessorClock()
    {
        // The product runs on Linux; there the limit must count thread time, not the wall clock.
        Assert.True(ThreadCpuClock.IsThreadTime || !OperatingSystem.IsLinux());
        var before = ThreadCpuClock.Now();
        Thread.Sleep(200);
        var slept = ThreadCpuClock.Now() - before;
        Assert.True(slept < TimeSpan.FromMilliseconds(100) || !OperatingSystem.IsLinux(), $"a sleeping thread used {slept.TotalMilliseconds} ms of processor time");
    }

    private static void RunStatements(CpuTimeLimitConstraint constraint, int count)
    {
        for (var i = 0; i < count; i++)
        {
            constraint.Check();
        }
    }
}
