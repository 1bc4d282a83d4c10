using Microsoft.AspNetCore.Http.Features;

namespace ClusterWorkflow.Host.Limits;

/// <summary>
/// Sets each request's body limit from <see cref="LiveLimits"/>: uploads (multipart) get the upload
/// limit, every other body the body limit. A larger body answers 413 with the limit and how to fix it
/// (see <c>ApiExceptionHandler</c>), before the endpoint stores anything.
/// </summary>
public static class RequestSizeLimits
{
    public static IApplicationBuilder UseRequestSizeLimits(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        var upgrade = context.Features.Get<IHttpUpgradeFeature>();
        if (feature is { IsReadOnly: false } && upgrade?.IsUpgradableRequest != true)
        {
            var limits = context.RequestServices.GetRequiredService<LiveLimits>();
            feature.MaxRequestBodySize = context.Request.HasFormContentType && context.Request.ContentType!.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase)
                ? limits.MaxUploadBytes
                : limits.MaxBodyBytes;
        }
        return next(context);
    });

    /// <summary>The body limit of this request, for the 413 answer.</summary>
    public static long? LimitOf(HttpContext context) => context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
}
