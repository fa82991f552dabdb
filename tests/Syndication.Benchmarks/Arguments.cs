using System.Globalization;

namespace Syndication.Benchmarks;

/// <summary>The <c>--name value</c> and <c>--flag</c> options of a command; anything unknown is an error, not ignored.</summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, string?> _given = new(StringComparer.Ordinal);

    public Arguments(IReadOnlyList<string> args, IReadOnlyCollection<string> valued, IReadOnlyCollection<string> flags)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (flags.Contains(name))
            {
                _given[name] = null;
            }
            else if (valued.Contains(name) && i + 1 < args.Count)
            {
                _given[name] = args[++i];
            }
            else
            {
                throw new ArgumentException($"unknown or incomplete option '{name}' (options: {string.Join(", ", valued.Concat(flags))})");
            }
        }
    }

    public bool Has(string name) => _given.ContainsKey(name);

    public string? Text(string name) => _given.GetValueOrDefault(name);

    public int Number(string name, int fallback) =>
        _given.GetValueOrDefault(name) is { } text
            ? int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
                ? value
                : throw new ArgumentException($"{name} must be a whole number above 0, not '{text}'")
            : fallback;
}
