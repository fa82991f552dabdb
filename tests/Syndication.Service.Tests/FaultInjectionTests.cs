using System.Net;
using System.Text.Json;
using Syndication.Service.Tests.Support;

namespace Syndication.Service.Tests;

/// <summary>
/// Each stage of a run throws an exception of a type the service cannot know (<see cref="InjectedFaultException"/>), aimed
/// at the "news" feed while "other" changes too. Whatever the stage: the admin call answers 200, the run is recorded,
/// "other" and the index are published, news's formats agree with each other, readiness says what happened, and once the
/// fault is gone the next run publishes everything.
/// </summary>
public sealed class FaultInjectionTests : IDisposable
{
    private const string Injected = "injected fault";
    private const string NewArticle = "news/second-post.md";
    private readonly TempFeeds _feeds = TempFeeds.WithNewsFeed();
    private readonly FaultPlan _plan = new();
    private readonly ServiceFactory _factory;
    private readonly HttpClient _client;

    public FaultInjectionTests()
    {
        // One entry per document: the second article pushes the first onto an archive page, so archiving runs too.
        _feeds.WriteFeedYaml("news", "title: News\ndescription: News\nlimit: 1\n");
        _feeds.AddFeed("other", "Other");
        _feeds.WriteArticle("other", "other-first.md", TempFeeds.Article("Other first", "2024-01-02"));
        _factory = new ServiceFactory(_feeds, replaceServices: _plan.Register);
        _client = _factory.CreateClient();
    }

    /// <summary>How far a fault at a stage reaches, and what news then serves.</summary>
    public enum Reach
    {
        /// <summary>The article is left out and reported; the rest of news publishes.</summary>
        Article,

        /// <summary>news keeps documents that agree across formats and is reported as failed; readiness is Degraded.</summary>
        Feed,

        /// <summary>Every feed publishes; the run reports the fault; readiness is Degraded.</summary>
        Run,

        /// <summary>A warning: the state is rebuilt and news publishes the new article.</summary>
        Warning,
    }

    public static TheoryData<string, Reach> Stages() => new()
    {
        { "parse", Reach.Article },
        { "build", Reach.Article },
        { "serialise atom", Reach.Article },
        { "serialise rss", Reach.Article },
        { "serialise json", Reach.Article },
        { "read channel record", Reach.Warning },
        { "read unchanged record", Reach.Warning },
        { "write parse cache", Reach.Feed },
        { "write unchanged record", Reach.Feed },
        { "write article page", Reach.Feed },
        { "write archive page", Reach.Feed },
        { "write channel record", Reach.Feed },
        { "write atom", Reach.Feed },
        { "write rss", Reach.Feed },
        { "write json", Reach.Feed },
        { "write version record", Reach.Feed },
        { "write index", Reach.Run },
    };

    [Theory]
    [MemberData(nameof(Stages))]
    public async Task FaultAtAnyStage_StaysWhereItHappenedAndTheRunFinishes(string stage, Reach reach)
    {
        await _client.WaitForFirstRunAsync();
        _feeds.WriteArticle("news", "second-post.md", TempFeeds.Article("Second post", "2024-01-03"));
        _feeds.WriteArticle("other", "other-second.md", TempFeeds.Article("Other second", "2024-01-03"));
        var fault = Arm(stage);

        var report = await _client.RegenerateAsync();

        var status = await _client.StatusAsync();
        Assert.Equal(JsonValueKind.Object, status.GetProperty("lastRun").ValueKind);
        await FormatTitles.AssertAllShowAsync(_client, "other", "Other first", "Other second");
        using (var index = await _client.GetAsync("/"))
        {
            Assert.Equal(HttpStatusCode.OK, index.StatusCode);
        }

        var news = report.Feed("news");
        var titles = await FormatTitles.OfAsync(_client, "news");
        Assert.All(titles, shown => Assert.Equal(titles[0], shown));
        switch (reach)
        {
            case Reach.Article:
                Assert.Contains(fault, news.Errors().About(NewArticle).Message(), StringComparison.Ordinal);
                Assert.Equal(["First post"], titles[0]);
                Assert.Equal("Healthy", await ReadinessAsync(HttpStatusCode.OK));
                break;
            case Reach.Feed:
                Assert.False(news.GetProperty("succeeded").GetBoolean());
                Assert.Contains(news.Errors(), e => e.Message().Contains(Injected, StringComparison.Ordinal));
                Assert.Equal("Degraded", await ReadinessAsync(HttpStatusCode.OK));
                break;
            case Reach.Run:
                Assert.Contains(report.GetProperty("errors").EnumerateArray(), e => e.Message().Contains(Injected, StringComparison.Ordinal));
                Assert.Equal(["Second post"], titles[0]);
                Assert.Equal("Degraded", await ReadinessAsync(HttpStatusCode.OK));
                break;
            case Reach.Warning:
                Assert.Contains(news.Warnings(), w => w.Message().Contains(Injected, StringComparison.Ordinal));
                Assert.Equal(["Second post"], titles[0]);
                Assert.Equal("Healthy", await ReadinessAsync(HttpStatusCode.OK));
                break;
        }

        _plan.Clear();
        Assert.True((await _client.RegenerateAsync()).GetProperty("succeeded").GetBoolean());
        await FormatTitles.AssertAllShowAsync(_client, "news", "Second post");
        Assert.Equal("Healthy", await ReadinessAsync(HttpStatusCode.OK));
    }

    /// <summary>Arms the fault for a stage; returns what the report about it must mention.</summary>
    private string Arm(string stage)
    {
        const string News = "news";
        switch (stage.Split(' ', 2))
        {
            case ["parse"]:
                _plan.FailParsing(f => f == NewArticle);
                break;
            case ["build"]:
                _plan.FailBuilding(f => f == NewArticle);
                return nameof(NullReferenceException);
            case ["serialise", var format]:
                _plan.FailSerialising((extension, document) => extension == format && document.Entries.Any(e => e.Article.File == NewArticle));
                break;
            case [var operation, var what]:
                var path = what switch
                {
                    "parse cache" => $"_state/parsed/{News}/",
                    "channel record" => $"_state/{News}.channel.json",
                    "unchanged record" => $"_state/{News}.unchanged.json",
                    "version record" => $"_state/{News}.versions.json",
                    "article page" => $"{News}/second-post.html",
                    "archive page" => $"{News}/archive/1.atom",
                    "index" => "index.html",
                    _ => $"{News}.{what}",
                };
                // A path ending in '/' stands for every file under it (the parse cache's buckets).
                bool Matches(string p) => path.EndsWith('/') ? p.StartsWith(path, StringComparison.Ordinal) : p == path;
                if (operation == "read")
                {
                    _plan.FailReads(Matches);
                }
                else
                {
                    _plan.FailWrites(Matches);
                }

                break;
            default:
                throw new ArgumentException($"unknown stage '{stage}'", nameof(stage));
        }

        return Injected;
    }

    /// <summary>The /readyz status, after checking the HTTP status that goes with it.</summary>
    private async Task<string?> ReadinessAsync(HttpStatusCode expected)
    {
        using var response = await _client.GetAsync("/readyz");
        Assert.Equal(expected, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("checks").GetProperty("documents").GetProperty("status").GetString();
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
        _feeds.Dispose();
    }
}
