using Syndication.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Syndication.Core.Parsing;

/// <summary>Typed, line-aware access to a YAML mapping; every problem is reported with the file line of the key at fault.</summary>
internal sealed class YamlFields
{
    private readonly YamlMappingNode _map;
    private readonly string _file;
    private readonly int _firstLine;
    private readonly List<Problem> _problems;
    private readonly WorkBudget _work;

    // One report per line, key and kind of markup: a long tag list on one line is one finding, not thousands.
    private readonly HashSet<(int Line, string Key, string What)> _reported = [];

    // HTML parses one file may cost; a front matter made of thousands of marked-up values cannot make a run slow.
    private int _markupBudget = 1000;

    private YamlFields(YamlMappingNode map, string file, int firstLine, List<Problem> problems, WorkBudget work)
    {
        _work = work;
        _map = map;
        _file = file;
        _firstLine = firstLine;
        _problems = problems;
    }

    /// <summary>
    /// Parses <paramref name="yaml"/>, which starts on file line <paramref name="firstLine"/>; null, with the error reported, when it is not a YAML mapping.
    /// Throws <see cref="ArticleRefusedException"/> when it costs too much to read (<see cref="YamlGuard"/>).
    /// </summary>
    public static YamlFields? Load(string yaml, int firstLine, string file, List<Problem> problems, WorkBudget work)
    {
        yaml = YamlEscapes.Clean(yaml, firstLine, file, problems, work);
        var stream = new YamlStream();
        var scanner = new Scanner(new StringReader(yaml));
        try
        {
            stream.Load(new YamlGuard(new Parser(scanner), firstLine, work));
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws InvalidOperationException for some truncated flow collections; the scanner still knows where it stopped.
            var yamlLine = e is YamlException yamlError ? yamlError.Start.Line : scanner.CurrentPosition.Line;
            var line = firstLine + (int)Math.Max(0, yamlLine - 1);
            var why = e switch
            {
                YamlException => Innermost(e).Message,
                ArgumentException => "an escape in a quoted value names no character",
                _ => "a list, mapping or quoted value is not closed",
            };
            problems.Add(Problem.Error(file, line, $"the YAML is broken: {why}",
                "Check the indentation, close every [ { and quote, and quote values that contain ': ' or start with a special character"));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new YamlFields(new YamlMappingNode(), file, firstLine, problems, work);
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            problems.Add(Problem.Error(file, firstLine, "the YAML is not a set of 'key: value' lines",
                "Write one 'key: value' per line, for example 'title: My article'"));
            return null;
        }

        return new YamlFields(map, file, firstLine, problems, work);
    }

    public IEnumerable<string> Keys => _map.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "");

    public string File => _file;

    public bool Has(string key) => Node(key) is not null;

    public YamlNode? Node(string key) => Child(_map, key);

    /// <summary>The value of <paramref name="key"/> in a nested mapping (an author, an image), or null.</summary>
    public static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    /// <summary>The file line a node starts on.</summary>
    public int LineOf(YamlNode node) => _firstLine + (int)Math.Max(0, node.Start.Line - 1);

    public int LineOf(string key) =>
        _map.Children.Keys.FirstOrDefault(k => k is YamlScalarNode s && s.Value == key) is { } keyNode ? LineOf(keyNode) : _firstLine;

    /// <summary>Counts one value read against the article's budget; throws <see cref="ArticleRefusedException"/> once it is spent.</summary>
    public void Spend(YamlNode node) => _work.Check("reading the front matter values", LineOf(node), YamlGuard.Hint);

    public void Error(YamlNode node, string message, string hint) => _problems.Add(Problem.Error(_file, LineOf(node), message, hint));

    public void Warning(YamlNode node, string message, string hint) => _problems.Add(Problem.Warning(_file, LineOf(node), message, hint));

    /// <summary>A scalar value as plain text: cleaned of characters XML forbids and of active markup; null when absent or empty.</summary>
    public string? Text(string key) => Node(key) is { } node ? Text(node, key) : null;

    public string? Text(YamlNode node, string key)
    {
        if (Scalar(node, key) is not { } value)
        {
            return null;
        }

        var removed = new SortedSet<string>(StringComparer.Ordinal);
        value = PlainText.Clean(value, removed, ref _markupBudget).Trim();
        foreach (var what in removed.Where(what => _reported.Add((LineOf(node), key, what))))
        {
            Warning(node, $"removed unsafe HTML from '{key}': {what}", PlainText.Hint);
        }

        return value.Length == 0 ? null : value;
    }

    /// <summary>A scalar value cleaned of characters XML forbids and trimmed, not yet read as plain text; null when absent or empty.</summary>
    public string? Scalar(YamlNode node, string key)
    {
        Spend(node);
        if (node is not YamlScalarNode scalar)
        {
            Error(node, $"'{key}' must be a single value", $"Write it on one line: '{key}: value'");
            return null;
        }

        var value = SourceText.StripForbidden(scalar.Value ?? "", _file, LineOf(node), _problems).Trim();
        return value.Length == 0 ? null : value;
    }


    public bool? Bool(string key)
    {
        if (Text(key) is not { } text)
        {
            return null;
        }

        switch (text.ToLowerInvariant())
        {
            case "true" or "yes" or "on":
                return true;
            case "false" or "no" or "off":
                return false;
            default:
                Error(Node(key)!, $"'{key}' must be true or false, not '{text}'", $"Write '{key}: true' or '{key}: false'");
                return null;
        }
    }

    /// <summary>A list of strings, written as a YAML sequence or as one value.</summary>
    public IReadOnlyList<string> List(string key) => Node(key) switch
    {
        null => [],
        YamlSequenceNode seq => seq.Children.Select(n => Text(n, key)).OfType<string>().Distinct(StringComparer.Ordinal).ToList(),
        var node => Text(node, key) is { } one ? [one] : [],
    };

    /// <summary>The innermost cause; YamlDotNet wraps the useful message in outer exceptions.</summary>
    private static Exception Innermost(Exception e) => e.InnerException is null ? e : Innermost(e.InnerException);
}
