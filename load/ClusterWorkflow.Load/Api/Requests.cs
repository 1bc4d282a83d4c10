using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace ClusterWorkflow.Load.Api;

/// <summary>Builders of the request messages the tool sends.</summary>
public static class Requests
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Func<HttpRequestMessage> Get(string path) => () => new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));

    public static Func<HttpRequestMessage> Send(HttpMethod method, string path, object body)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body, Json);
        return Raw(method, path, bytes, "application/json");
    }

    public static Func<HttpRequestMessage> Raw(HttpMethod method, string path, byte[] body, string contentType) => () =>
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = content };
    };

    public static Func<HttpRequestMessage> Upload(string path, byte[] file, string fileName) => () =>
    {
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".csv", StringComparison.Ordinal) ? "text/csv" : "application/octet-stream");
        var form = new MultipartFormDataContent { { part, "file", fileName } };
        return new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = form };
    };

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
