using ClusterWorkflow.Domain.Reporting;

namespace ClusterWorkflow.Host.Reports;

/// <summary>Registers the report source, the renderer and the template catalog, and maps the report, export and template endpoints.</summary>
public static class ReportSetup
{
    public static WebApplicationBuilder AddClusterWorkflowReports(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(builder.Configuration.GetSection(ReportSourceOptions.Section).Get<ReportSourceOptions>() ?? new ReportSourceOptions());
        // One options object the renderer reads on every render, so an administrator's change of the limits applies to the next one.
        var limits = builder.Configuration.GetSection("ClusterWorkflow:ReportLimits").Get<ReportOptions>() ?? new ReportOptions();
        builder.Services.AddSingleton(limits);
        builder.Services.AddSingleton(new ReportRenderer(limits));
        builder.Services.AddSingleton(services => new ReportTemplateCatalog(services.GetRequiredService<IGrainFactory>(), services.GetRequiredService<ReportRenderer>()));
        builder.Services.AddSingleton(services => new RoundReportSource(
            services.GetRequiredService<IGrainFactory>(), services.GetRequiredService<ReportSourceOptions>(), services.GetRequiredService<TimeProvider>()));
        return builder;
    }

    public static IEndpointRouteBuilder MapClusterWorkflowReports(this IEndpointRouteBuilder app) =>
        app.MapReportEndpoints().MapExportEndpoints().MapReportTemplateEndpoints();
}
