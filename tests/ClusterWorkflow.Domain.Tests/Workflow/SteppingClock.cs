namespace ClusterWorkflow.Domain.Tests.Workflow;

/// <summary>A clock that starts at a fixed instant and moves one minute every time it is read, so audit times are known in advance.</summary>
internal sealed class SteppingClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _next = start;

    public override DateTimeOffset GetUtcNow()
    {
        var now = _next;
        _next = _next.AddMinutes(1);
        return now;
    }
}
