namespace Syndication.Benchmarks.Corpus;

/// <summary>The words, names and tags generated articles are made of: ordinary English with some non-ASCII, as real blogs have.</summary>
internal static class Vocabulary
{
    public static readonly string[] Words =
    [
        "the", "a", "of", "and", "to", "in", "is", "that", "for", "it", "as", "was", "with", "be", "by", "on", "not", "this",
        "are", "or", "from", "at", "which", "but", "have", "an", "they", "more", "one", "their", "has", "when", "would", "than",
        "system", "people", "government", "service", "network", "policy", "change", "question", "answer", "problem", "city",
        "market", "report", "data", "team", "build", "release", "feature", "reader", "writer", "source", "article", "feed",
        "story", "history", "council", "election", "budget", "school", "village", "river", "bridge", "library", "museum",
        "research", "experiment", "result", "method", "theory", "evidence", "sample", "model", "signal", "pattern", "measure",
        "quickly", "slowly", "carefully", "rarely", "often", "usually", "finally", "perhaps", "already", "still", "again",
        "important", "public", "private", "local", "national", "open", "simple", "complex", "useful", "small", "large",
        "early", "late", "new", "old", "strong", "weak", "clear", "hidden", "common", "rare", "careful", "modern", "ancient",
        "write", "read", "publish", "measure", "compare", "explain", "argue", "show", "find", "keep", "move", "start", "stop",
        "grow", "fall", "rise", "choose", "follow", "lead", "learn", "teach", "cost", "save", "spend", "travel", "arrive",
        "morning", "evening", "winter", "summer", "season", "decade", "century", "moment", "year", "week", "month", "day",
        "café", "naïve", "résumé", "façade", "déjà vu", "Zürich", "São Paulo", "Kraków", "Málaga", "Ærø", "jalapeño",
        "software", "compiler", "database", "cache", "query", "server", "browser", "protocol", "standard", "version",
        "kitchen", "garden", "recipe", "harvest", "bread", "coffee", "tea", "market", "street", "neighbour", "family",
    ];

    public static readonly string[] Tags =
    [
        "Politics", "Social media", "Elections", "Climate", "Energy", "Transport", "Housing", "Education", "Health",
        "JavaScript", "TypeScript", "PostgreSQL", "macOS", "iOS", "GitHub", "C#", ".NET", "Rust", "WebAssembly", "HTTP/3",
        "Machine learning", "Open source", "Privacy", "Security", "Accessibility", "Typography", "Photography",
        "Café culture", "Zürich", "São Paulo", "Kraków", "Straße", "Ελλάδα", "日本", "Москва", "Révolution numérique",
        "Central Asia", "Kazakhstan", "Bengaluru", "Kathmandu", "Vancouver", "Lagos", "Nairobi", "Reykjavík",
        "Cooking", "Gardening", "Books", "Music", "Cycling", "Hiking", "Astronomy", "Mathematics", "History",
    ];

    public static readonly string[] Categories =
    [
        "Engineering", "Opinion", "Science", "Culture", "News", "Tutorials", "Économie", "Reviews", "Interviews", "Notes",
    ];

    public static readonly string[] People =
    [
        "Nurseit Niyazbekov", "Amélie Durand", "Jörg Müller", "Priya Raman", "Chen Wei", "Olusegun Adeyemi",
        "María José García", "Łukasz Nowak", "Siobhán O'Neill", "Hiroshi Tanaka", "Ana Lúcia Ferreira", "Sven Åkesson",
        "Fatima Zahra Benali", "Dmitri Ivanov", "Grace Hopper", "Kwame Mensah", "Ingrid Solberg", "Rahul Deshpande",
    ];

    public static readonly string[] Affiliations =
    [
        "Assistant professor, KIMEP University", "Staff engineer", "Editor at large", "Research fellow, ETH Zürich",
        "Freelance journalist", "Maintainer",
    ];

    public static readonly (string Name, string Title, string About)[] Topics =
    [
        ("engineering-notes", "Engineering Notes", "Field notes on building and running software"),
        ("city-politics", "City Politics", "What the council decided this week, and what it means for the neighbourhood"),
        ("field-science", "Field Science", "Experiments, samples and the occasional failed hypothesis"),
        ("kitchen-table", "Kitchen Table", "Recipes, harvests and long conversations over coffee"),
        ("open-source-weekly", "Open Source Weekly", "Releases, maintainers and the economics of shared code"),
        ("travel-letters", "Travel Letters", "Slow travel by train, ferry and bicycle"),
        ("reading-list", "Reading List", "Books and long articles worth the time"),
        ("night-sky", "Night Sky", "Astronomy for people with a small telescope and a lot of patience"),
    ];

    public static readonly string[] Languages = ["en", "en-GB", "en-US", "en-IN", "en-NZ"];

    public static readonly string[] LinkTargets =
    [
        "https://example.org/reports/2023/annual", "https://en.wikipedia.org/wiki/Web_feed",
        "https://github.com/dotnet/runtime/issues/1", "https://www.rfc-editor.org/rfc/rfc4287",
        "https://news.example.com/2024/05/council-vote?utm_source=feed", "https://blog.example.net/posts/caching#etags",
        "/feeds/", "../", "https://jsonfeed.org/version/1.1",
    ];

    /// <summary>UTC offsets a date is written in: whole, half and quarter hours on both sides, as RFC 3339 allows.</summary>
    public static readonly TimeSpan[] Offsets =
    [
        TimeSpan.Zero, TimeSpan.FromHours(1), TimeSpan.FromHours(2), new(5, 30, 0), new(5, 45, 0), TimeSpan.FromHours(9),
        new(9, 30, 0), TimeSpan.FromHours(-5), TimeSpan.FromHours(-8), new(-3, -30, 0), TimeSpan.FromHours(12),
    ];

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;
}
