using Syndication.Core.Model;

namespace Syndication.Core.Parsing;

/// <summary>Turns an <see cref="ArticleRefusedException"/> thrown from inside a parser into one error, with the line reading had got to.</summary>
internal static class Refusals
{
    /// <summary>What <paramref name="read"/> returns, or null with an error naming <paramref name="what"/> when it refused the input.</summary>
    public static T? Catch<T>(Func<T?> read, string file, string what, List<Problem> problems)
        where T : class
    {
        try
        {
            return read();
        }
        catch (ArticleRefusedException e)
        {
            problems.Add(Problem.Error(file, e.Line, $"{what} is refused: {e.Message}", e.Hint));
            return null;
        }
    }
}
