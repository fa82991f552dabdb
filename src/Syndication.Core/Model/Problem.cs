namespace Syndication.Core.Model;

/// <summary>How bad a <see cref="Problem"/> is: errors keep the source from publishing, warnings do not.</summary>
public enum Severity
{
    Warning,
    Error,
}

/// <summary>Something wrong with a source file, with the line it is on (1-based, 0 when it concerns the whole file) and a hint on how to fix it.</summary>
public sealed record Problem(Severity Severity, string File, int Line, string Message, string? Hint = null)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>The compiler-style form <c>file:line: message (hint)</c> that editors and CI logs understand.</summary>
    public override string ToString()
    {
        var where = Line > 0 ? $"{File}:{Line}" : File;
        var level = IsError ? "error" : "warning";
        return Hint is null ? $"{where}: {level}: {Message}" : $"{where}: {level}: {Message}. {Hint}";
    }

    public static Problem Error(string file, int line, string message, string? hint = null) =>
        new(Severity.Error, file, line, message, hint);

    public static Problem Warning(string file, int line, string message, string? hint = null) =>
        new(Severity.Warning, file, line, message, hint);
}
