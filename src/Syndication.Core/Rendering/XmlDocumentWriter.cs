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
}
