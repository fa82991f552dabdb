using Syndication.Core.Model;
using YamlDotNet.RepresentationModel;

namespace Syndication.Core.Parsing;

/// <summary>Reads <c>author</c>/<c>authors</c>: a name, a mapping with name, email, uri and affiliation, or a list of either.</summary>
internal static class People
{
    private static readonly string[] PersonKeys = ["name", "email", "uri", "url", "affiliation"];

    public static IReadOnlyList<Person> Read(YamlFields fields, string key) => fields.Node(key) switch
    {
        null => [],
        YamlSequenceNode list => list.Children.Select(n => One(fields, key, n)).OfType<Person>().ToList(),
        var node => One(fields, key, node) is { } person ? [person] : [],
    };

    private static Person? One(YamlFields fields, string key, YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            return fields.Text(node, key) is { } name ? new Person(name) : null;
        }

        string? Field(string name) =>
            map.Children.TryGetValue(new YamlScalarNode(name), out var value) ? fields.Text(value, $"{key}.{name}") : null;

        foreach (var unknown in map.Children.Keys.OfType<YamlScalarNode>().Where(k => !PersonKeys.Contains(k.Value)))
        {
            fields.Warning(unknown, $"unknown key '{key}.{unknown.Value}' is ignored", "An author takes name, email, uri and affiliation");
        }

        if (Field("name") is not { } personName)
        {
            fields.Error(node, $"an entry of '{key}' has no name", $"Give each author a 'name:'");
            return null;
        }

        var uri = Field("uri") ?? Field("url");
        if (uri is not null && !Uri.TryCreate(uri, UriKind.Absolute, out _))
        {
            fields.Warning(node, $"the uri '{uri}' of author '{personName}' is not an absolute URL and is left out", "Use a full URL such as https://example.org/me");
            uri = null;
        }

        return new Person(personName, Field("email"), uri, Field("affiliation"));
    }
}
