using System.Text;

namespace Syndication.Benchmarks.Corpus;

/// <summary>An article body of about 800 words using what blogs use: headings, emphasis, links, lists, quotes, code, images.</summary>
internal static class MarkdownBody
{
    // Fences carry no language: the service removes the class="language-x" Markdig writes for one, with a warning.
    private static readonly string[] Snippets =
    [
        "var feed = builder.Build(definition, articles, now);\nforeach (var format in FeedFormat.All)\n{\n    File.WriteAllBytes($\"out/feed.{format.Extension}\", format.Write(feed));\n}",
        "curl -s --compressed -H 'Accept-Encoding: br' http://localhost:8080/feeds/news.atom \\\n  | head -n 20",
        "title: Engineering Notes\ndescription: Field notes on building software\nlanguage: en-GB",
        "{\n  \"version\": \"https://jsonfeed.org/version/1.1\",\n  \"title\": \"Café notes\",\n  \"items\": []\n}",
        "def median(values):\n    ordered = sorted(values)\n    middle = len(ordered) // 2\n    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2",
        "func handler(w http.ResponseWriter, r *http.Request) {\n\tif r.Header.Get(\"If-None-Match\") == etag {\n\t\tw.WriteHeader(http.StatusNotModified)\n\t\treturn\n\t}\n}",
        "$ dotnet run --project src/Syndication.Service -- validate --feeds feeds\n0 errors, 0 warnings",
    ];

    public static string Write(Random random)
    {
        var text = new StringBuilder();
        var words = 0;
        var target = random.Next(700, 900);
        words += Paragraph(random, text);
        words += Paragraph(random, text);
        while (words < target)
        {
            words += Section(random, text);
        }

        return text.ToString();
    }

    private static int Section(Random random, StringBuilder text)
    {
        var words = Heading(random, text, random.Chance(0.2) ? "###" : "##");
        for (var paragraphs = random.Next(1, 4); paragraphs > 0; paragraphs--)
        {
            words += Paragraph(random, text);
        }

        switch (random.Next(6))
        {
            case 0:
                words += List(random, text, ordered: false);
                break;
            case 1:
                words += List(random, text, ordered: true);
                break;
            case 2:
                text.Append("> ");
                words += Sentences(random, text, random.Next(1, 3));
                text.Append("\n\n");
                break;
            case 3:
                text.Append("```\n").Append(random.Pick(Snippets)).Append("\n```\n\n");
                break;
            case 4 when random.Chance(0.5):
                text.Append("![").Append(Phrase(random, 3)).Append("](https://images.example.net/photos/")
                    .Append(random.Next(1000, 99999)).Append(".jpg \"").Append(Phrase(random, 4)).Append("\")\n\n");
                break;
        }

        return words;
    }

    private static int Heading(Random random, StringBuilder text, string marker)
    {
        var count = random.Next(2, 7);
        text.Append(marker).Append(' ').Append(Capitalised(Phrase(random, count))).Append("\n\n");
        return count;
    }

    private static int Paragraph(Random random, StringBuilder text)
    {
        var words = Sentences(random, text, random.Next(3, 7));
        text.Append("\n\n");
        return words;
    }

    private static int List(Random random, StringBuilder text, bool ordered)
    {
        var words = 0;
        var items = random.Next(3, 7);
        for (var item = 1; item <= items; item++)
        {
            text.Append(ordered ? $"{item}. " : "- ");
            words += Sentences(random, text, 1);
            text.Append('\n');
        }

        text.Append('\n');
        return words;
    }

    /// <summary>Sentences of 8 to 20 words, some words emphasised, strong, in code or linked.</summary>
    private static int Sentences(Random random, StringBuilder text, int count)
    {
        var words = 0;
        for (var sentence = 0; sentence < count; sentence++)
        {
            var length = random.Next(8, 21);
            for (var i = 0; i < length; i++)
            {
                var word = random.Pick(Vocabulary.Words);
                word = i == 0 ? Capitalised(word) : word;
                text.Append(random.Next(40) switch
                {
                    0 => $"*{word}*",
                    1 => $"**{word}**",
                    2 => $"`{word}`",
                    3 => $"[{word} {random.Pick(Vocabulary.Words)}]({random.Pick(Vocabulary.LinkTargets)})",
                    _ => word,
                });
                text.Append(i == length - 1 ? ". " : random.Chance(0.08) ? ", " : " ");
            }

            words += length;
        }

        text.Length--;
        return words;
    }

    public static string Phrase(Random random, int count) =>
        string.Join(' ', Enumerable.Range(0, count).Select(_ => random.Pick(Vocabulary.Words)));

    public static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
