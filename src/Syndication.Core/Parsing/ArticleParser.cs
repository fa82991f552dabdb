using Syndication.Core.Model;
using YamlDotNet.RepresentationModel;

namespace Syndication.Core.Parsing;

/// <summary>What reading one article source gave: the article (null when an error keeps it from publishing) and every problem found.</summary>
public sealed record ArticleParseResult(Article? Article, IReadOnlyList<Problem> Problems);

/// <summary>Reads an article source: YAML front matter between '---' lines, then a Markdown or plain-text body.</summary>
public static class ArticleParser
{
    /// <summary>Front matter keys, following Hugo and Jekyll so existing content works.</summary>
    public static readonly IReadOnlyCollection<string> Keys =
    [
        "title", "date", "lastmod", "updated", "summary", "description", "author", "authors", "tags", "categories",
        "draft", "slug", "id", "rights", "source", "image",
    ];

    /// <param name="text">The whole source file.</param>
    /// <param name="file">The file's path for reports, relative to the feeds folder.</param>
    /// <param name="isMarkdown">True for <c>.md</c>; false for plain text.</param>
    /// <param name="zone">The feed's time zone, for dates written without an offset.</param>
    /// <param name="fileTime">When the file last changed: the article's date when front matter gives none, as Hugo does.</param>
    public static ArticleParseResult Parse(string text, string file, bool isMarkdown, TimeZoneInfo zone, DateTimeOffset fileTime)
    {
        var problems = new List<Problem>();
        var article = Refusals.Catch(() => Read(text, file, isMarkdown, zone, fileTime, problems), file, "the article", problems);

        return new ArticleParseResult(problems.Any(p => p.IsError) ? null : article, ProblemLimits.Cap(problems));
    }

    private static Article? Read(string text, string file, bool isMarkdown, TimeZoneInfo zone, DateTimeOffset fileTime, List<Problem> problems)
    {
        var work = ArticleBody.NewBudget();
        text = SourceText.Normalize(text, file, problems);
        if (FrontMatter.Split(text, file, problems) is not { } split
            || YamlFields.Load(split.Yaml, split.YamlFirstLine, file, problems, work) is not { } fields)
        {
            return null;
        }

        KnownKeys.ReportUnknown(fields, Keys);
        var title = fields.Text("title");
        if (title is null)
        {
            problems.Add(Problem.Error(file, split.YamlFirstLine, "the article has no title", "Add a line 'title: ...' to the front matter"));
        }

        var slug = fields.Text("slug") ?? Path.GetFileNameWithoutExtension(file);
        if (!Slugs.IsValid(slug))
        {
            problems.Add(Problem.Error(file, fields.Has("slug") ? fields.LineOf("slug") : 0, $"'{slug}' is not a slug", Slugs.Hint + " (rename the file or set 'slug:')"));
        }

        var id = fields.Node("id") is { } idNode ? fields.Scalar(idNode, "id") : null;
        if (id is not null && Identifiers.Refusal(id) is { } wrongId)
        {
            problems.Add(Problem.Error(file, fields.LineOf("id"), wrongId, Identifiers.Hint));
        }

        var published = Dates.Read(fields, "date", zone);
        var updated = Dates.Read(fields, fields.Has("lastmod") ? "lastmod" : "updated", zone);
        if (published is { } p && updated is { } u && u < p)
        {
            problems.Add(Problem.Warning(file, fields.LineOf(fields.Has("lastmod") ? "lastmod" : "updated"), "the update time is before the publication time; the publication time is used for both", "Check both dates"));
            updated = published;
        }

        // One cap for both lists together, as every format shows them as one list of categories.
        var tags = fields.List("tags");
        var categories = fields.List("categories");
        var terms = ListLimits.Cap(tags.Concat(categories).Distinct(StringComparer.Ordinal).ToList(), t => t, fields.Has("tags") ? "tags" : "categories", fields, problems)
            .ToHashSet(StringComparer.Ordinal);
        var html = ArticleBody.ToSafeHtml(split.Body, split.BodyFirstLine, isMarkdown, file, problems, work);
        return title is null || html is null ? null : new Article
        {
            Slug = slug,
            Title = title,
            BodyHtml = SourceText.StripDecoded(html, split.Body, split.BodyFirstLine, file, problems),
            Id = id,
            Summary = fields.Text("summary") ?? fields.Text("description"),
            Published = published ?? updated ?? fileTime,
            Updated = updated ?? published ?? fileTime,
            Authors = ListLimits.Cap(People.Read(fields, fields.Has("authors") ? "authors" : "author"), p => p.Name, fields.Has("authors") ? "authors" : "author", fields, problems),
            Tags = tags.Where(terms.Contains).Distinct(StringComparer.Ordinal).ToList(),
            Categories = categories.Where(terms.Contains).Distinct(StringComparer.Ordinal).ToList(),
            Draft = fields.Bool("draft") ?? false,
            Rights = fields.Text("rights"),
            Source = ReadSource(fields),
            Image = ReadImage(fields),
            File = file,
        };
    }

    private static ArticleSource? ReadSource(YamlFields fields) => fields.Node("source") switch
    {
        null => null,
        YamlMappingNode map => Mapped(fields, map, "source", "name") is { } name
            ? new ArticleSource(name, YamlFields.Child(map, "url") is { } url ? fields.Url(url, "source.url") : null)
            : null,
        var node => fields.Text(node, "source") is { } name ? new ArticleSource(name, null) : null,
    };

    private static ArticleImage? ReadImage(YamlFields fields) => fields.Node("image") switch
    {
        null => null,
        YamlMappingNode map => YamlFields.Child(map, "url") is { } node && fields.Url(node, "image.url") is { } url
            ? new ArticleImage(url, Mapped(fields, map, "image", "alt"), Mapped(fields, map, "image", "caption"))
            : null,
        var node => fields.Url(node, "image") is { } url ? new ArticleImage(url, null, null) : null,
    };

    private static string? Mapped(YamlFields fields, YamlMappingNode map, string key, string name) =>
        YamlFields.Child(map, name) is { } node ? fields.Text(node, $"{key}.{name}") : null;
}
