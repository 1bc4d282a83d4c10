using System.Globalization;
using ClusterWorkflow.Host.Ui.Localization;
using Microsoft.AspNetCore.Localization;
using MudBlazor.Services;

namespace ClusterWorkflow.Host.Ui;

/// <summary>
/// The web UI: Blazor components rendered on the server (interactive over one circuit per tab),
/// MudBlazor, English and Hindi. It lives beside the API in the same host and calls the same grains
/// with the signed-in person, so authorization stays where the grains and the API put it.
/// </summary>
public static class UiSetup
{
    public static WebApplicationBuilder AddClusterWorkflowUi(this WebApplicationBuilder builder)
    {
        // Static web assets (MudBlazor's css/js, blazor.web.js) are found from the build output too,
        // not only from a publish folder, whatever the environment.
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        // Notices at the bottom, so they never cover the page's own buttons (save, conflict choices) at the top.
        builder.Services.AddMudServices(options => options.SnackbarConfiguration.PositionClass = MudBlazor.Defaults.Classes.Position.BottomRight);
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddAuthorizationCore();
        builder.Services.AddScoped<UiText>();
        builder.Services.Configure<UiOptions>(builder.Configuration.GetSection(UiOptions.Section));
        builder.Services.AddScoped<UiProgram>();
        builder.Services.AddScoped<Designer.FormStore>();
        builder.Services.AddScoped<Submissions.SubmissionStore>();
        builder.Services.AddScoped<Rounds.RoundStore>();
        builder.Services.AddScoped<Workflows.WorkflowStore>();
        builder.Services.AddScoped<Kpis.KpiStore>();
        builder.Services.AddScoped<Dashboard.DashboardStore>();
        builder.Services.AddScoped<Plans.PlanStore>();
        builder.Services.AddScoped<ReportTemplates.ReportTemplateStore>();
        return builder;
    }

    public static WebApplication UseClusterWorkflowUi(this WebApplication app)
    {
        var cultures = UiLanguages.All.Select(code => new CultureInfo(code)).ToList();
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(UiLanguages.English),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            RequestCultureProviders = [new CookieRequestCultureProvider()],
        });
        app.UseAntiforgery();
        app.MapStaticAssets().AllowAnonymous();
        app.MapLanguageSwitch();
        // The security headers' policy already says frame-ancestors 'none'; Blazor would send a second policy ('self').
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(server => server.ContentSecurityFrameAncestorsPolicy = null).AllowAnonymous();
        return app;
    }
}
