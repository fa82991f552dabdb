using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Syndication.Core.Model;

namespace Syndication.Core.Tests.Rendering;

/// <summary>
/// The writers' own guarantee, whatever reaches them: a model holding characters XML forbids (as if a new field or a
/// decoding step let one through) still gives well-formed Atom, RSS, JSON and HTML without them.
/// </summary>
public sealed class WriterCharacterProperties
{
    /// <summary>Text mixing letters with refused code units: controls, lone and misordered surrogates, U+FFFE.</summary>
    private static Gen<string> Dirty() =>
        Gen.OneOf(Gen.Elements('a', 'Z', ' ', '<', '&', 'é'), Gen.Choose(0, 0x1F).Select(c => (char)c), Gen.Choose(0x7F, 0x9F).Select(c => (char)c),
                Gen.Choose(0xD800, 0xDFFF).Select(c => (char)c), Gen.Elements('\uFFFE', '\uFFFF', '\uFDD0'))
            .ArrayOf().Select(chars => "x" + new string(chars));

    [Property(MaxTest = 100)]
    public Property AnyTextInTheModel_IsWrittenWellFormedWithoutRefusedCharacters()
    {
        var models =
            from title in Dirty()
            from text in Dirty()
            from name in Dirty()
            select (title, text, name);
        return Prop.ForAll(models.ToArbitrary(), m =>
        {
            var feed = new FeedDefinition
            {
                Name = "news", Title = m.title, Description = m.text, Rights = m.name, Categories = [m.text], Authors = [new Person(m.name, m.text, null, m.text)],
            };
            var article = new Article
            {
                Slug = "a", Title = m.title, Summary = m.text, BodyHtml = $"<p>{m.text}</p>", Rights = m.name, Categories = [m.title, m.name], Id = "tag:x,2020:" + m.name,
                Authors = [new Person(m.name, null, null, m.title)], Source = new ArticleSource(m.text, null),
                Published = DateTimeOffset.UnixEpoch, Updated = DateTimeOffset.UnixEpoch,
            };
            var published = Published.Of(feed, [article], DateTimeOffset.MaxValue);
            Assert.Single(published.AtomFeed.Items);
            Assert.Single(published.RssFeed.Items);
            Assert.Empty(published.Refused());
        });
    }
}
