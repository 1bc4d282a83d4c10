using ClusterWorkflow.Host.Api;
using ClusterWorkflow.Host.Auth;
using ClusterWorkflow.Host.Hosting;
using ClusterWorkflow.Host.Limits;
using ClusterWorkflow.Host.Reports;
using ClusterWorkflow.Host.Operations;
using ClusterWorkflow.Host.Pilot;
using ClusterWorkflow.Host.Ui;

return await HostEntry.RunAsync(args, static async args =>
{
    args = HostArguments.ExpandFlags(args);
    // Content root = the binaries' folder, so the host runs from any working folder; ./data stays
    // relative to where it was started.
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions
    {
        Args = HostArguments.Normalize(args),
        ContentRootPath = AppContext.BaseDirectory,
    });
    builder.Configuration.AddCommandLine(args, HostArguments.SwitchMappings);
    builder.AddClusterWorkflowOperations().AddClusterWorkflowDomain().AddClusterWorkflowSilo().AddClusterWorkflowAuth().AddClusterWorkflowApi();
    builder.AddClusterWorkflowLimits();
    builder.AddClusterWorkflowPilotSeeding();
    builder.AddClusterWorkflowUi();
    builder.AddClusterWorkflowReports();

    var app = builder.Build();
    app.UseClusterWorkflowOperations();
    app.UseClusterWorkflowApi();
    app.UseClusterWorkflowUi();
    await app.RunAsync();
    return 0;
});
