using ClusterWorkflow.Domain.Forms;
using ClusterWorkflow.Domain.Forms.Validation;
using ClusterWorkflow.Domain.Forms.XlsForm.Expressions;
using ClusterWorkflow.Domain.Kpis;
using ClusterWorkflow.Host.Kpis;

namespace ClusterWorkflow.Host.Hosting;

/// <summary>
/// The domain services the API and grains share. Each owns a script sandbox with its engine pool,
/// so there is one per process.
/// </summary>
public static class DomainSetup
{
    public static WebApplicationBuilder AddClusterWorkflowDomain(this WebApplicationBuilder builder)
    {
        // Forms imported from XLSForm call the ODK function library (selected, count-selected, ...).
        builder.Services.AddSingleton(_ => new FormValidator(new FormsOptions { AdditionalPrelude = XlsFormFunctions.Prelude }));
        builder.Services.AddSingleton(_ => new KpiEvaluator());
        builder.Services.AddSingleton<KpiPackLoader>();
        builder.Services.AddSingleton<KpiPackRegistry>();
        return builder;
    }
}
