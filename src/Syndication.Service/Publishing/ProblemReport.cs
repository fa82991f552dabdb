using Syndication.Core.Model;

namespace Syndication.Service.Publishing;

/// <summary>A problem as the admin API shows it: where, what, how to fix it, and the one-line form editors understand.</summary>
internal sealed record ProblemReport(string File, int Line, string Message, string? Hint, string Text)
{
    public static ProblemReport From(Problem problem) => new(problem.File, problem.Line, problem.Message, problem.Hint, problem.ToString());

    public static IReadOnlyList<ProblemReport> From(IEnumerable<Problem> problems) => [.. problems.Select(From)];
}
