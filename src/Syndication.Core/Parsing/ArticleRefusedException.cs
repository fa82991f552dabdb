namespace Syndication.Core.Parsing;

/// <summary>Stops the Markdown or HTML parser from inside its loop when an article is too costly to read; becomes an error <see cref="Model.Problem"/>.</summary>
internal sealed class ArticleRefusedException(int line, string message, string hint) : Exception(message)
{
    public int Line { get; } = line;

    public string Hint { get; } = hint;
}
