using System.Text.Json;
using System.Text.Json.Serialization;
using ClusterWorkflow.Host.Reports;
using ClusterWorkflow.Host.Auth;
using ClusterWorkflow.Host.Limits;

namespace ClusterWorkflow.Host.Api;

/// <summary>The JSON API: problem details for every error, camelCase JSON, the OpenAPI document.</summary>
public static class ApiSetup
{
    public static WebApplicationBuilder AddClusterWorkflowApi(this WebApplicationBuilder builder)
    {
        // Kestrel's own 413 (a body over the limit while a form is read) gets no text; say the limit and the fix.
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = problem =>
        {
            if (problem.ProblemDetails.Status == StatusCodes.Status413PayloadTooLarge && problem.ProblemDetails.Detail is null)
            {
                problem.ProblemDetails.Title = "The request is too large";
                problem.ProblemDetails.Detail = ApiExceptionHandler.TooLarge(problem.HttpContext);
            }
        });
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        });
        // Malformed bodies reach ApiExceptionHandler, which says where the JSON is wrong.
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return builder;
    }

    public static WebApplication UseClusterWorkflowApi(this WebApplication app)
    {
        app.UseRequestSizeLimits();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseClusterWorkflowAuth();
        app.MapOpenApi().AllowAnonymous();
        app.MapHealthEndpoints();
        app.MapProgramEndpoints();
        app.MapFormEndpoints();
        app.MapFormImportEndpoints();
        app.MapRosterEndpoints();
        app.MapKpiEndpoints();
        app.MapReviewEndpoints();
        app.MapClusterWorkflowReports();
        app.MapLimitsEndpoints();
        return app;
    }
}
