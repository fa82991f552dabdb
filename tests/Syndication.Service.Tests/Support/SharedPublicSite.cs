namespace Syndication.Service.Tests.Support;

/// <summary>The public page test classes share one service and one Chromium, and run one after the other.</summary>
[CollectionDefinition(Name)]
public sealed class SharedPublicSite : ICollectionFixture<PublicSite>
{
    public const string Name = "Public site in Chromium";
}
