using ClusterWorkflow.Grains;
using ClusterWorkflow.Host.Storage;
using Orleans.Configuration;

namespace ClusterWorkflow.Host.Hosting;

/// <summary>Makes the web host an Orleans silo on the configured store.</summary>
public static class SiloSetup
{
    public static WebApplicationBuilder AddClusterWorkflowSilo(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(HostSettings.Section).Get<HostSettings>() ?? new HostSettings();
        var store = StoreConnection.From(settings);
        ApplySchema(store);

        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(TimeProvider.System);

        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(options =>
            {
                options.ServiceId = settings.ServiceId;
                options.ClusterId = settings.ClusterId;
            });

            if (store.Kind == StoreKind.Postgres)
            {
                silo.ConfigureEndpoints(System.Net.IPAddress.Loopback, settings.SiloPort, settings.GatewayPort);
                silo.UseAdoNetClustering(options =>
                {
                    options.Invariant = store.Invariant;
                    options.ConnectionString = store.ConnectionString;
                });
                silo.UseAdoNetReminderService(options =>
                {
                    options.Invariant = store.Invariant;
                    options.ConnectionString = store.ConnectionString;
                });
            }
            else
            {
                // There is no SQLite clustering or reminders provider: one silo on localhost, and
                // reminders that grains register again when they activate.
                silo.UseLocalhostClustering(settings.SiloPort, settings.GatewayPort);
                silo.UseInMemoryReminderService();
            }

            silo.AddAdoNetGrainStorage(StoreNames.Main, options =>
            {
                options.Invariant = store.Invariant;
                options.ConnectionString = store.ConnectionString;
            });
            // Plain JSON in the store: no .NET type names, so renaming a class never breaks stored state.
            silo.UseSystemTextJsonGrainStorageSerializer();
            silo.AddClusterWorkflowSerialization();
            silo.AddClusterWorkflowDomainServices();
        });
        return builder;
    }

    private static void ApplySchema(StoreConnection store)
    {
        try
        {
            using var connection = store.Open();
            SchemaInstaller.ApplyAsync(connection, store.Kind).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is not HostStartException)
        {
            var where = store.Kind == StoreKind.Postgres ? "the PostgreSQL database" : "the SQLite file";
            throw new HostStartException($"Cannot prepare {where} for storage: {e.Message}", e);
        }
    }
}
