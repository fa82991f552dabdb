using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Syndication.Service.Tests.Support;

/// <summary>Calls to the admin API with the test token, returning the parsed JSON a tool or operator would read.</summary>
public static class AdminClient
{
    public static HttpRequestMessage Request(HttpMethod method, string path, string? token = ServiceFactory.AdminToken)
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }

    /// <summary>POST /admin/regenerate, which waits for the run, and the report it answers with.</summary>
    public static Task<JsonElement> RegenerateAsync(this HttpClient client) => SendAsync(client, HttpMethod.Post, "/admin/regenerate");

    public static Task<JsonElement> RegenerateFeedAsync(this HttpClient client, string feed) =>
        SendAsync(client, HttpMethod.Post, $"/admin/feeds/{feed}/regenerate");

    public static Task<JsonElement> StatusAsync(this HttpClient client) => SendAsync(client, HttpMethod.Get, "/admin/status");

    /// <summary>
    /// Waits (bounded) until a whole run has finished and been recorded: a document answering 200 only says the start-up
    /// run got that far, while later writes of the same run may still be under way.
    /// </summary>
    public static Task WaitForFirstRunAsync(this HttpClient client) =>
        Poll.UntilAsync(async () => (await client.StatusAsync()).GetProperty("lastRun").ValueKind == JsonValueKind.Object, "the first run to finish");

    /// <summary>The report's entry for one feed.</summary>
    public static JsonElement Feed(this JsonElement report, string feed) =>
        report.GetProperty("feeds").EnumerateArray().Single(f => f.GetProperty("feed").GetString() == feed);

    private static async Task<JsonElement> SendAsync(HttpClient client, HttpMethod method, string path)
    {
        using var request = Request(method, path);
        using var response = await client.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
