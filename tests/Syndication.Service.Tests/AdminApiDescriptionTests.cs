using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Syndication.Service.Tests.Support;

namespace Syndication.Service.Tests;

/// <summary>/openapi/v1.json, read as a client generator would: every admin route the service maps, with the schema of what it really answers and how to authenticate.</summary>
public sealed class AdminApiDescriptionTests(PublishedNewsService service) : IClassFixture<PublishedNewsService>
{
    private readonly HttpClient _client = service.Client;

    [Fact]
    public async Task Document_NeedsNoToken_AndDescribesEveryAdminRouteWithTheBearerScheme()
    {
        using var document = await DocumentAsync();
        var paths = document.RootElement.GetProperty("paths");
        var mapped = AdminRoutes().ToList();
        Assert.Contains(("GET", "/admin/status"), mapped);
        foreach (var (method, pattern) in mapped)
        {
            Assert.True(paths.TryGetProperty(pattern, out var path), $"{pattern} is not in the document");
            Assert.True(path.TryGetProperty(method.ToLowerInvariant(), out var operation), $"{method} {pattern} is not in the document");
            var schemes = operation.GetProperty("security").EnumerateArray().SelectMany(r => r.EnumerateObject().Select(s => s.Name)).ToList();
            Assert.Contains("bearer", schemes);
            var responses = operation.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToList();
            Assert.Contains("401", responses);
            Assert.Contains("429", responses);
            Assert.Contains(responses, r => r is "200" or "204");
        }

        // Only the admin API: the public documents are not an API to generate clients for.
        Assert.All(paths.EnumerateObject(), p => Assert.StartsWith("/admin/", p.Name, StringComparison.Ordinal));
        var bearer = document.RootElement.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer");
        Assert.Equal("http", bearer.GetProperty("type").GetString());
        Assert.Equal("bearer", bearer.GetProperty("scheme").GetString());
    }

    [Theory]
    [InlineData("GET", "/admin/status", "/admin/status")]
    [InlineData("POST", "/admin/regenerate", "/admin/regenerate")]
    [InlineData("POST", "/admin/feeds/{feed}/regenerate", "/admin/feeds/news/regenerate")]
    public async Task ResponseSchema_NamesExactlyTheFieldsTheRouteAnswersWith(string method, string pattern, string path)
    {
        using var document = await DocumentAsync();
        var schema = Resolve(document.RootElement, document.RootElement.GetProperty("paths").GetProperty(pattern).GetProperty(method.ToLowerInvariant())
            .GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema"));

        using var request = AdminClient.Request(new HttpMethod(method), path);
        using var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        AssertDescribes(document.RootElement, schema, answer.RootElement, path);
    }

    private async Task<JsonDocument> DocumentAsync()
    {
        using var response = await _client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The admin routes as the service maps them, method and pattern, so a route added later must be described too.</summary>
    // The dashboard's page and its form posts answer HTML and redirects, for a browser: no API to generate a client for.
    private static readonly (string Method, string Pattern)[] DashboardRoutes = [("GET", "/admin/"), ("POST", "/admin/"), ("POST", "/admin/sign-out")];

    private IEnumerable<(string Method, string Pattern)> AdminRoutes() =>
        service.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/admin", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (m, e.RoutePattern.RawText!)))
            .Except(DashboardRoutes);

    /// <summary>Each object in the answer has the schema's properties and no others, all the way down through arrays and references.</summary>
    private static void AssertDescribes(JsonElement root, JsonElement schema, JsonElement value, string where)
    {
        schema = Resolve(root, schema);
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                var properties = schema.GetProperty("properties");
                Assert.Equal(properties.EnumerateObject().Select(p => p.Name).Order(), value.EnumerateObject().Select(p => p.Name).Order());
                foreach (var property in value.EnumerateObject())
                {
                    AssertDescribes(root, properties.GetProperty(property.Name), property.Value, $"{where}.{property.Name}");
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    AssertDescribes(root, schema.GetProperty("items"), item, $"{where}[]");
                }

                break;
        }
    }

    /// <summary>The schema a reference points to; of "null or something" (a nullable property holding a value), the something.</summary>
    private static JsonElement Resolve(JsonElement root, JsonElement schema)
    {
        while (true)
        {
            if (schema.TryGetProperty("$ref", out var reference))
            {
                schema = reference.GetString()!["#/".Length..].Split('/').Aggregate(root, (element, name) => element.GetProperty(name));
            }
            else if (schema.TryGetProperty("oneOf", out var alternatives))
            {
                schema = Assert.Single(alternatives.EnumerateArray(), a => !(a.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "null"));
            }
            else
            {
                return schema;
            }
        }
    }
}
