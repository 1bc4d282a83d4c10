using ClusterWorkflow.Grains.History;

namespace ClusterWorkflow.Host.Pilot;

/// <summary>Registers the pilot's seeding services; the host also seeds on its first start.</summary>
public static class PilotSetup
{
    /// <summary>The seeding services, for the host and the demo verb. Needs the silo and the users (<c>AddClusterWorkflowUsers</c>).</summary>
    public static WebApplicationBuilder AddClusterWorkflowPilot(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<PilotSeedOptions>(builder.Configuration.GetSection(PilotSeedOptions.Section));
        builder.Services.AddSingleton<ApprovedHistoryImport>();
        builder.Services.AddSingleton<PilotDefinitions>();
        builder.Services.AddSingleton<PilotUsers>();
        builder.Services.AddSingleton<PilotRoundPlans>();
        builder.Services.AddSingleton<PilotRoundOpening>();
        builder.Services.AddSingleton<PilotSeeder>();
        return builder;
    }

    /// <summary>Seeds the pilot when the host starts on a store without it (call after <c>AddClusterWorkflowAuth</c>).</summary>
    public static WebApplicationBuilder AddClusterWorkflowPilotSeeding(this WebApplicationBuilder builder)
    {
        builder.AddClusterWorkflowPilot();
        builder.Services.AddHostedService<PilotSeedOnStart>();
        return builder;
    }
}
