using ClusterWorkflow.Domain.Forms;
using ClusterWorkflow.Domain.Forms.XlsForm.Expressions;
using ClusterWorkflow.Domain.Kpis;
using ClusterWorkflow.Host.Kpis;

namespace ClusterWorkflow.Host.Hosting;

/// <summary>
/// The host's settings for the domain services. The services themselves (form validator, KPI
/// evaluator, workflow engine — one each per process, as each owns a script sandbox) are registered
/// by the silo (<c>AddClusterWorkflowDomainServices</c>), which keeps what is registered here first.
/// </summary>
public static class DomainSetup
{
    public static WebApplicationBuilder AddClusterWorkflowDomain(this WebApplicationBuilder builder)
    {
        // Forms imported from XLSForm call the ODK function library (selected, count-selected, ...).
        builder.Services.AddSingleton(new FormsOptions { AdditionalPrelude = XlsFormFunctions.Prelude });
        builder.Services.AddSingleton<KpiPackLoader>();
        builder.Services.AddSingleton<KpiPackRegistry>();
        return builder;
    }
}
