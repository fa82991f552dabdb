using System.Buffers;
using System.Text;
using Syndication.Core.Model;

namespace Syndication.Core.Parsing;

/// <summary>Decodes a source file: UTF-8 (BOM or not); anything else is read as Latin-1 with a warning, so no text is lost or mangled silently.</summary>
public static class SourceBytes
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(byte[] bytes, string file, ICollection<Problem> problems)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        var invalidAt = FirstInvalidUtf8(span);
        if (invalidAt < 0)
        {
            return StrictUtf8.GetString(span);
        }

        var line = 1 + span[..invalidAt].Count((byte)'\n');
        problems.Add(Problem.Warning(file, line, $"the file is not valid UTF-8 (byte 0x{span[invalidAt]:X2} at offset {invalidAt}); it was read as Latin-1",
            "Save the file as UTF-8"));
        return Encoding.Latin1.GetString(span);
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return -1;
    }
}
