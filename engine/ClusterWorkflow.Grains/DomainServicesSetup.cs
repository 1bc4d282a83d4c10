using ClusterWorkflow.Domain.Forms;
using ClusterWorkflow.Domain.Forms.Validation;
using ClusterWorkflow.Domain.Kpis;
using ClusterWorkflow.Domain.Scripting;
using ClusterWorkflow.Domain.Workflow;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ClusterWorkflow.Grains;

/// <summary>
/// The domain services the grains take in their constructors, one each per silo (all thread-safe):
/// <see cref="FormValidator"/>, <see cref="KpiEvaluator"/>, <see cref="WorkflowEngine"/> with guards
/// in a <see cref="ScriptSandbox"/>, and a <see cref="TimeProvider"/>. Registered with TryAdd, so a
/// host that registers its own (configured options, a fake clock in tests) keeps them.
/// </summary>
public static class DomainServicesSetup
{
    public static ISiloBuilder AddClusterWorkflowDomainServices(this ISiloBuilder silo)
    {
        var services = silo.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new FormsOptions());
        services.TryAddSingleton(new KpiOptions());
        services.TryAddSingleton(new WorkflowOptions());
        services.TryAddSingleton(new ScriptOptions());
        services.TryAddSingleton(sp => new FormValidator(sp.GetRequiredService<FormsOptions>()));
        services.TryAddSingleton(sp => new KpiEvaluator(sp.GetRequiredService<KpiOptions>()));
        services.TryAddSingleton<IWorkflowGuardEvaluator>(sp => new SandboxGuardEvaluator(new ScriptSandbox(sp.GetRequiredService<ScriptOptions>())));
        services.TryAddSingleton(sp => new WorkflowEngine(
            sp.GetRequiredService<WorkflowOptions>(), sp.GetRequiredService<IWorkflowGuardEvaluator>(), sp.GetRequiredService<TimeProvider>()));
        return silo;
    }
}
