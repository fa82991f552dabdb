using Syndication.Core.Parsing;

namespace Syndication.Service.Storage;

/// <summary>How the reader turns one source into an article: <see cref="ArticleParser.Parse"/>, replaceable through DI.</summary>
internal delegate ArticleParseResult ArticleParse(string text, string file, bool isMarkdown, TimeZoneInfo zone, DateTimeOffset fileTime);
