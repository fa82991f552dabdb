using System.Globalization;
using System.Text;

namespace Syndication.Service.Tests.Support;

/// <summary>
/// A reader of the Prometheus text exposition format (version 0.0.4) as a scraper sees it: the declared type of each
/// metric family and every sample with its labels, label values unescaped.
/// </summary>
public sealed class PrometheusText
{
    private readonly List<(string Name, Dictionary<string, string> Labels, double Value)> _samples = [];
    private readonly Dictionary<string, string> _types = new(StringComparer.Ordinal);

    public static PrometheusText Parse(string exposition)
    {
        var parsed = new PrometheusText();
        foreach (var line in exposition.Split('\n').Where(l => l.Length > 0))
        {
            if (line.StartsWith("# TYPE ", StringComparison.Ordinal))
            {
                var parts = line.Split(' ');
                parsed._types[parts[2]] = parts[3];
            }
            else if (!line.StartsWith('#'))
            {
                parsed._samples.Add(Sample(line));
            }
        }

        return parsed;
    }

    /// <summary>The type a <c># TYPE</c> line declares for the family, or null.</summary>
    public string? TypeOf(string family) => _types.GetValueOrDefault(family);

    /// <summary>The sum over the samples of <paramref name="name"/> carrying every given label; 0 when none does, as for a counter never incremented.</summary>
    public double Sum(string name, params (string Label, string Value)[] labels) =>
        Matching(name, labels).Sum(s => s.Value);

    /// <summary>The one sample of <paramref name="name"/> carrying every given label.</summary>
    public double Only(string name, params (string Label, string Value)[] labels) =>
        Assert.Single(Matching(name, labels)).Value;

    private IEnumerable<(string Name, Dictionary<string, string> Labels, double Value)> Matching(string name, (string Label, string Value)[] labels) =>
        _samples.Where(s => s.Name == name && labels.All(l => s.Labels.GetValueOrDefault(l.Label) == l.Value));

    private static (string, Dictionary<string, string>, double) Sample(string line)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var nameEnd = line.IndexOfAny(['{', ' ']);
        var name = line[..nameEnd];
        var at = nameEnd;
        if (line[at] == '{')
        {
            at++;
            while (line[at] != '}')
            {
                var equals = line.IndexOf('=', at);
                var label = line[at..equals];
                var text = new StringBuilder();
                at = equals + 2;   // past ="
                for (; line[at] != '"'; at++)
                {
                    text.Append(line[at] != '\\' ? line[at] : line[++at] switch { 'n' => '\n', var c => c });
                }

                labels[label] = text.ToString();
                at++;
                if (line[at] == ',')
                {
                    at++;
                }
            }

            at++;
        }

        // A sample may end with a timestamp after its value.
        var value = line[at..].Trim().Split(' ')[0];
        return (name, labels, value switch
        {
            "+Inf" => double.PositiveInfinity,
            "-Inf" => double.NegativeInfinity,
            _ => double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture),
        });
    }
}
