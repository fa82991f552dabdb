namespace Syndication.Reliability.Tests;

/// <summary>
/// Request-target fragments that try to leave the output folder or confuse the router: traversal, every encoding of
/// '.', '/' and '\' we know of, NUL bytes, absolute and Windows paths. Written raw into the request line.
/// </summary>
public static class AttackPaths
{
    public static readonly string[] All =
    [
        "..",
        "../../../../etc/passwd",
        "%2e%2e",
        "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "..%2f..%2f..%2fetc%2fpasswd",
        ".%2e/.%2e/.%2e/etc/passwd",
        "%2f",
        "%2fetc%2fpasswd",
        "%5c",
        "..%5c..%5c..%5cetc%5cpasswd",
        @"..\..\..\etc\passwd",
        "%00",
        "news%00",
        "a-0001%00.html",
        "%c0%af",
        "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd",
        "%c0%ae%c0%ae%c0%af",
        "%e0%80%ae%e0%80%ae%2f",
        "%252e%252e",
        "%252e%252e%252f%252e%252e%252fetc%252fpasswd",
        "/etc/passwd",
        "//etc/passwd",
        "....//....//....//etc/passwd",
        "..;",
        "..;/..;/..;/etc/passwd",
        "C:",
        "C:%5cWindows%5cwin.ini",
        @"C:\Windows\win.ini",
        @"\\server\share",
        "%u002e%u002e%u2215etc%u2215passwd",
        "file:%2f%2f%2fetc%2fpasswd",
        "news%2f..%2f..%2f..%2fetc%2fpasswd",
        "..%2f_state%2fnews.articles",
        "_state",
        "%2e",
        "~root",
        "%0d%0aX-Injected:%20yes",
    ];

    /// <summary>Every route parameter of the public routes, as a template with <c>{p}</c> where the attack goes.</summary>
    public static readonly string[] Templates =
    [
        "/feeds/{p}.atom",
        "/feeds/news.{p}",
        "/feeds/{p}/a-0001",
        "/feeds/news/{p}",
        "/feeds/{p}/archive/1.atom",
        "/feeds/news/archive/{p}.atom",
        "/feeds/news/archive/1.{p}",
    ];
}
