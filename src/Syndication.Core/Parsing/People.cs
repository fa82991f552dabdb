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

        YamlNode? Field(string name) => YamlFields.Child(map, name);

        foreach (var unknown in map.Children.Keys.OfType<YamlScalarNode>().Where(k => !PersonKeys.Contains(k.Value)))
        {
            fields.Warning(unknown, $"unknown key '{key}.{unknown.Value}' is ignored", "An author takes name, email, uri and affiliation");
        }

        if (Field("name") is not { } nameNode || fields.Text(nameNode, $"{key}.name") is not { } personName)
        {
            fields.Error(node, $"an entry of '{key}' has no name", $"Give each author a 'name:'");
            return null;
        }

        var uri = Field("uri") is { } uriNode ? fields.Url(uriNode, $"{key}.uri")
            : Field("url") is { } urlNode ? fields.Url(urlNode, $"{key}.url") : null;
        var email = Field("email") is { } emailNode ? fields.Email(emailNode, $"{key}.email") : null;
        var affiliation = Field("affiliation") is { } affiliationNode ? fields.Text(affiliationNode, $"{key}.affiliation") : null;
        return new Person(personName, email, uri, affiliation);
    }
}
