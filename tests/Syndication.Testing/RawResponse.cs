using System.Globalization;

namespace Syndication.Testing;

/// <summary>A response read off the socket: its status code and its whole text, head and body.</summary>
public sealed record RawResponse(int Status, string Text)
{
    public static RawResponse Parse(string text)
    {
        // "HTTP/1.1 404 Not Found"
        var parts = text.Split('\n', 2)[0].Split(' ', 3);
        var status = parts.Length >= 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var code) ? code : 0;
        return new RawResponse(status, text);
    }

    public string StatusLine => Text.Split('\n', 2)[0].TrimEnd('\r');

    public string Body => Text.Split("\r\n\r\n", 2) is [_, var body] ? body : "";
}
