namespace Syndication.Benchmarks.Serve;

/// <summary>The seed feed's Atom document, its two stored forms' sizes, and each request kind at each connection count, ours against nginx.</summary>
internal sealed record SeedResult(string Path, int IdentityBytes, int GzipBytes, long? OursBeforeLoad, IReadOnlyList<Pair> Pairs, DeltaResult Deltas)
{
    /// <summary>The most the service held while it was loaded; nginx's the same way.</summary>
    public long? OursMaxResident =>
        Pairs.Select(p => p.Ours.MaxResident).Concat(Deltas.Pairs.SelectMany(p => new[] { p.Ours.MaxResident, p.Reference.MaxResident })).Max();

    public long? NginxMaxResident => Pairs.Max(p => p.Reference.MaxResident);
}

/// <summary>
/// Issue 9's comparison: the service over a copy of the repository's feeds/ folder, and nginx serving the very bytes the
/// service sends for the seed feed's Atom document (identity, and gzip as its <c>.gz</c> twin). For each connection count
/// and request kind (200 identity, 200 gzip, 304 with the ETag that server gave) wrk loads both in interleaved rounds;
/// then the deltas (<see cref="DeltaScenario"/>) on the same service.
/// </summary>
internal static class SeedScenario
{
    public static async Task<SeedResult> MeasureAsync(string dll, string root, string work, ServeSettings settings, HttpClient http, Action<string> progress, CancellationToken cancellationToken)
    {
        // A copy, as the deltas edit the seed article.
        var seedFeed = Directory.GetDirectories(Path.Combine(root, "feeds")).Order(StringComparer.Ordinal).First(d => File.Exists(Path.Combine(d, "feed.yaml")));
        var name = Path.GetFileName(seedFeed);
        var feedsDir = Path.Combine(work, "feeds");
        foreach (var file in Directory.GetFiles(seedFeed))
        {
            Directory.CreateDirectory(Path.Combine(feedsDir, name));
            File.Copy(file, Path.Combine(feedsDir, name, Path.GetFileName(file)));
        }

        var path = $"/feeds/{name}.atom";
        progress($"seed: starting the service over {feedsDir} with the repository's appsettings.json");
        await using var service = await ShippedService.StartedAsync(dll, root, work, feedsDir, articles: 1, cancellationToken);
        var ours = new Server("ours", service.Address, () => service.Memory().Resident);
        var beforeLoad = service.Memory().Resident;
        var identity = await Requests.Stored(ours, path, "identity").FetchAsync(http, cancellationToken);
        var gzip = await Requests.Stored(ours, path, "gzip").FetchAsync(http, cancellationToken);

        await using var nginx = await NginxServer.StartAsync(identity.ContentType ?? throw new InvalidOperationException($"{path} has no Content-Type"), cancellationToken);
        nginx.Publish(path, identity.Body);
        nginx.Publish(path + ".gz", gzip.Body);
        progress($"seed: nginx at {nginx.Server.Address} serves the service's {path} ({identity.Body.Length} bytes, gzip {gzip.Body.Length})");

        var oursKinds = await KindsAsync(ours, path, http, cancellationToken);
        var nginxKinds = await KindsAsync(nginx.Server, path, http, cancellationToken);
        var measure = new Interleaved(http, settings.Seconds, settings.Rounds, progress, cancellationToken);
        if (settings.WarmUp)
        {
            // Tiered compilation settles in the first seconds under load; nginx has nothing to warm.
            foreach (var load in oursKinds)
            {
                await measure.RunAsync(load, settings.Connections[0], runSeconds: 2);
            }
        }

        var pairs = new List<Pair>();
        foreach (var connections in settings.Connections)
        {
            for (var kind = 0; kind < oursKinds.Length; kind++)
            {
                pairs.Add(await measure.MeasureAsync(oursKinds[kind], nginxKinds[kind], connections));
            }
        }

        var article = Directory.GetFiles(Path.Combine(feedsDir, name), "*.md").Order(StringComparer.Ordinal).First();
        var deltas = await DeltaScenario.MeasureAsync(service, ours, path, article, settings.Connections[0], measure, http, progress, cancellationToken);
        return new SeedResult(path, identity.Body.Length, gzip.Body.Length, beforeLoad, pairs, deltas);
    }

    /// <summary>200 identity, 200 gzip and a 304 naming the ETag this server gives for identity.</summary>
    private static async Task<Load[]> KindsAsync(Server server, string path, HttpClient http, CancellationToken cancellationToken)
    {
        var identity = Requests.Stored(server, path, "identity");
        return [identity, Requests.Stored(server, path, "gzip"), Requests.NotModified(server, path, await identity.ETagAsync(http, cancellationToken))];
    }
}
