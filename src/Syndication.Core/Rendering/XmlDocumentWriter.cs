using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;

namespace Syndication.Core.Rendering;

/// <summary>Serialises a formatter to UTF-8 without BOM, indented, the same bytes for the same feed, never a character XML forbids.</summary>
internal static class XmlDocumentWriter
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
    };

    public static byte[] Write(SyndicationFeedFormatter formatter) => Write(formatter.WriteTo);

    /// <summary>Whatever <paramref name="write"/> writes, with the same settings and filter as the feeds.</summary>
    public static byte[] Write(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new XmlTextFilter(XmlWriter.Create(stream, Settings)))
        {
            write(writer);
        }

        return stream.ToArray();
    }

    /// <summary>
    /// The bytes <paramref name="write"/> writes inside the elements <paramref name="open"/> starts, exactly as they
    /// appear at that place in a whole document: same indentation, no namespace the parents already declare.
    /// </summary>
    public static byte[] WriteInside(Action<XmlWriter> open, Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using var writer = new XmlTextFilter(XmlWriter.Create(stream, Settings));
        open(writer);
        // The parent's start tag is closed only when its first child is written; a comment closes it before the mark.
        writer.WriteComment(string.Empty);
        writer.Flush();
        var start = (int)stream.Length;
        write(writer);
        writer.Flush();
        return stream.GetBuffer()[start..(int)stream.Length];
    }

    /// <summary>Where the entries go in a document written with none: before the line that closes <paramref name="closing"/>.</summary>
    public static int EntriesAt(byte[] shell, ReadOnlySpan<byte> closing) =>
        shell.AsSpan().LastIndexOf(closing) is var at and >= 0 ? at : throw new InvalidOperationException("the document has no closing tag to put entries before");
}
