namespace Syndication.Service.Dashboard;

/// <summary>The dashboard's one stylesheet, inline so the page needs no other request; its hash is in the page's CSP.</summary>
internal static class DashboardStyle
{
    public const string Css = """
        body{font:15px/1.4 system-ui,sans-serif;margin:0;color:#1d2330;background:#f5f6f8}
        header{display:flex;justify-content:space-between;align-items:center;padding:.6rem 1.5rem;background:#1d2330;color:#fff}
        header h1{font-size:1.2rem;margin:0}
        main{padding:1rem 1.5rem;max-width:72rem}
        section{background:#fff;border:1px solid #dde1e7;border-radius:6px;padding:.5rem 1rem 1rem;margin-bottom:1rem}
        h2{font-size:1.05rem}
        table{border-collapse:collapse;width:100%}
        th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #eceff3;vertical-align:top}
        th{font-weight:600;color:#4a5260}
        td.number,th.number{text-align:right;font-variant-numeric:tabular-nums}
        .state{font-weight:600}
        .state.ok{color:#1c7c3c}.state.warnings{color:#9a6200}.state.failed{color:#b3261e}.state.never{color:#6b7280}
        ul.errors,ul.warnings{margin:.2rem 0;padding-left:1.2rem}
        ul.errors li{color:#b3261e}ul.warnings li{color:#7a4e00}
        .hint{color:#4a5260}
        .error{color:#b3261e}
        button{font:inherit;padding:.2rem .7rem;border:1px solid #8a93a3;border-radius:4px;background:#fff;cursor:pointer}
        header button{background:#2e3648;color:#fff;border-color:#5b6478}
        form{display:inline;margin:0}
        .sign-in{max-width:22rem;margin:4rem auto}
        .sign-in form{display:flex;flex-direction:column;gap:.6rem}
        .sign-in input{font:inherit;padding:.3rem;width:100%;box-sizing:border-box}
        .totals{display:flex;gap:2rem;margin:.5rem 0}
        .totals b{display:block;font-size:1.5rem}
        .charts{display:flex;flex-wrap:wrap;gap:1.5rem}
        figure{margin:0}figcaption{color:#4a5260;font-size:.9rem}
        svg text{font:11px system-ui,sans-serif;fill:#4a5260}
        svg.not-modified-share text{font-size:8px;font-weight:600}
        """;
}
