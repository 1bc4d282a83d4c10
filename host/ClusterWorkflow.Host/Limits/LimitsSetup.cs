namespace ClusterWorkflow.Host.Limits;

/// <summary>Registers the live limits and their sync with the store; call after the silo and the domain services.</summary>
public static class LimitsSetup
{
    public static WebApplicationBuilder AddClusterWorkflowLimits(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<LiveLimits>();
        builder.Services.AddHostedService<LimitsSync>();
        return builder;
    }
}
