using Syndication.Core.Model;
using YamlDotNet.RepresentationModel;

namespace Syndication.Core.Parsing;

/// <summary>Reads the address fields of a YAML mapping through their one rule each: <see cref="WebUrl"/> for URLs, <see cref="EmailAddresses"/> for e-mail.</summary>
internal static class YamlAddresses
{
    /// <summary>An absolute http(s) URL; anything else is reported and left out.</summary>
    public static WebUrl? Url(this YamlFields fields, string key) => fields.Node(key) is { } node ? fields.Url(node, key) : null;

    public static WebUrl? Url(this YamlFields fields, YamlNode node, string key)
    {
        if (fields.Scalar(node, key) is not { } text)
        {
            return null;
        }

        if (WebUrl.TryParse(text, out var url, out var why))
        {
            return url;
        }

        fields.Warning(node, $"'{key}' {why}, so '{Shown.Value(text)}' is left out", "Use a full http or https address such as https://example.org/page");
        return null;
    }

    /// <summary>An e-mail address; anything else is reported and left out.</summary>
    public static string? Email(this YamlFields fields, YamlNode node, string key)
    {
        if (fields.Scalar(node, key) is not { } text)
        {
            return null;
        }

        if (EmailAddresses.Normalize(text, out var why) is { } address)
        {
            return address;
        }

        fields.Warning(node, $"'{key}' {why}, so '{Shown.Value(text)}' is left out", "Write the address alone, like name@example.org");
        return null;
    }
}
