namespace Syndication.Core.Rendering;

/// <summary>
/// The one style sheet of every page, written inline: the Content-Security-Policy allows inline styles and nothing else,
/// so no web font, no external sheet and no url(). The system's own fonts, a measure of about 70 characters, a light and
/// a dark scheme (every text colour at least 5.7:1 against its background, above WCAG AA's 4.5:1), and nothing wider
/// than a 390 px phone: long words, code lines and tables wrap rather than scroll (a scrolling box cannot be reached
/// from the keyboard in Safari).
/// </summary>
internal static class PageStyle
{
    public const string Css = """
        :root{color-scheme:light dark;--bg:#fff;--fg:#1f1f1f;--muted:#595959;--link:#0b57d0;--seen:#6d28a8;--line:#d4d4d4;--code:#f2f2f2}
        @media (prefers-color-scheme:dark){:root{--bg:#16181c;--fg:#e6e6e6;--muted:#a6a6a6;--link:#8ab4f8;--seen:#c7a4f5;--line:#3b3f46;--code:#24272d}}
        html{background:var(--bg);color:var(--fg);font:1.0625rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans",sans-serif;-webkit-text-size-adjust:100%;text-size-adjust:100%}
        body{max-width:40em;margin:0 auto;padding:1rem 1.25rem 2rem;overflow-wrap:anywhere}
        a{color:var(--link)}
        a:visited{color:var(--seen)}
        h1,h2,h3,h4{line-height:1.25;margin:1.6em 0 .5em}
        h1{font-size:2rem;margin-top:.5em}
        h2{font-size:1.4rem}
        img,video,svg{max-width:100%;height:auto}
        figure{margin:1.5em 0}
        figcaption,.meta,.terms,body>header,body>footer{font-size:.875rem;color:var(--muted)}
        figcaption{margin-top:.4em}
        blockquote{margin:1.5em 0;padding-left:1em;border-left:.25em solid var(--line)}
        code,kbd,samp,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace;font-size:.9em}
        code{background:var(--code);padding:.1em .3em;border-radius:3px}
        pre{background:var(--code);padding:.8em 1em;white-space:pre-wrap;border-radius:4px;line-height:1.45}
        pre code{padding:0;background:none;font-size:1em}
        table{border-collapse:collapse;margin:1.5em 0}
        th,td{border:1px solid var(--line);padding:.3em .6em;text-align:left;vertical-align:top}
        hr{border:0;border-top:1px solid var(--line);margin:2em 0}
        .summary{font-size:1.15rem}
        .entries{list-style:none;padding:0}
        .entries li{margin:0 0 1.5em}
        .entries h2,.entries h3{font-size:1.15rem;margin:0 0 .2em}
        .entries p{margin:.2em 0}
        .pager{display:flex;flex-wrap:wrap;justify-content:space-between;gap:1em;margin:2.5em 0 0;padding-top:1em;border-top:1px solid var(--line)}
        .pager [rel=next]{margin-left:auto;text-align:right}
        body>footer{margin-top:2.5em;padding-top:1em;border-top:1px solid var(--line)}
        """;
}
