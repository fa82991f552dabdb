using System.Text;
using Syndication.Reliability.Tests.Support;

namespace Syndication.Reliability.Tests;

public sealed class RequestLimitTests(RunningService service) : IClassFixture<RunningService>
{
    [Fact]
    public async Task RequestLineOver8KiB_IsRefusedWith414()
    {
        var response = await RawHttp.GetAsync(service.Process.Port, "/feeds/news.atom?q=" + new string('a', 8 * 1024 + 100));
        Assert.True(response.Status == 414, response.StatusLine);
        AssertNoStackTrace(response);
    }

    [Fact]
    public async Task PathOver8KiB_IsRefusedWith414()
    {
        var response = await RawHttp.GetAsync(service.Process.Port, "/feeds/" + new string('a', 8 * 1024 + 100) + ".atom");
        Assert.True(response.Status == 414, response.StatusLine);
        AssertNoStackTrace(response);
    }

    [Fact]
    public async Task HeaderBlockOver32KiB_IsRefusedWith431()
    {
        var headers = new StringBuilder();
        for (var i = 0; i < 40; i++)
        {
            headers.Append("X-Filler-").Append(i).Append(": ").Append('b', 1000).Append("\r\n");
        }

        var response = await RawHttp.GetAsync(service.Process.Port, "/feeds/news.atom", headers.ToString());
        Assert.True(response.Status == 431, response.StatusLine);
        AssertNoStackTrace(response);
    }

    [Fact]
    public async Task OneHeaderOver32KiB_IsRefusedWith431()
    {
        var response = await RawHttp.GetAsync(service.Process.Port, "/feeds/news.atom", $"If-None-Match: \"{new string('c', 33 * 1024)}\"\r\n");
        Assert.True(response.Status == 431, response.StatusLine);
        AssertNoStackTrace(response);
    }

    [Theory]
    [InlineData("If-None-Match: \"unterminated\r\n")]
    [InlineData("If-None-Match: W/\r\n")]
    [InlineData("If-None-Match: ,,,,\r\n")]
    [InlineData("If-Modified-Since: not a date\r\n")]
    [InlineData("If-Modified-Since: Sat, 99 Foo 99999 99:99:99 GMT\r\n")]
    [InlineData("Accept-Encoding: br;q=abc, gzip;q=2, *;q=-1\r\n")]
    [InlineData("Accept-Encoding: ;;;,,,\r\n")]
    [InlineData("A-IM: feed\r\nIf-None-Match: \"x\", *, W/\"\"\r\n")]
    [InlineData("A-IM: ;feed;;\r\nIf-None-Match: \"\"\r\n")]
    [InlineData("Range: bytes=abc-def\r\n")]
    [InlineData("Range: bytes=999999999999999999999-\r\n")]
    [InlineData("Authorization: Bearer \u00ff\u00fe\r\n")]
    public async Task MalformedHeaders_NeverAnswer5xxOrShowAStackTrace(string header)
    {
        foreach (var path in RunningService.ExistingPaths.Append("/admin/status"))
        {
            var response = await RawHttp.GetAsync(service.Process.Port, path, header);
            Assert.True(response.Status is >= 200 and < 500, $"{path} with {header.Trim()}: {response.StatusLine}\n{response.Body}");
            AssertNoStackTrace(response);
        }
    }

    [Fact]
    public async Task BrokenRequestLine_IsRefusedWith400Or505()
    {
        foreach (var request in (string[])["GET\r\n\r\n", "GET /feeds/news.atom\r\n\r\n", "GET /feeds/news.atom HTTP/9.9\r\nHost: x\r\n\r\n", "\x01\x02\x03 / HTTP/1.1\r\n\r\n"])
        {
            var response = await RawHttp.SendAsync(service.Process.Port, request);
            Assert.True(response.Status is 400 or 505, $"{request.Trim()}: {response.StatusLine}");
            AssertNoStackTrace(response);
        }
    }

    private static void AssertNoStackTrace(RawResponse response)
    {
        Assert.DoesNotContain("   at ", response.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", response.Text, StringComparison.Ordinal);
    }
}
