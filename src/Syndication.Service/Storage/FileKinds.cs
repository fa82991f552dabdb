using System.Runtime.InteropServices;

namespace Syndication.Service.Storage;

/// <summary>
/// The BCL reports FIFOs, sockets and devices as ordinary files (dotnet/runtime#62868), so the type comes from
/// statx(2), whose buffer has one layout on every Linux architecture. Links are followed: a link's target is what gets read.
/// </summary>
internal static partial class FileKinds
{
    private const int AtCurrentDirectory = -100;
    private const uint StatxType = 0x1;
    private const int NoSuchFile = 2;
    private const int NotAFolder = 20;
    private const int TypeMask = 0xF000;
    private const int RegularType = 0x8000;

    /// <summary>The kind of file at <paramref name="path"/>; on systems other than Linux, every existing file counts as regular.</summary>
    public static FileKind Of(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return File.Exists(path) ? FileKind.Regular : FileKind.Missing;
        }

        if (Statx(AtCurrentDirectory, path, 0, StatxType, out var status) != 0)
        {
            // Any other failure (a loop of links, no permission) is met again, as a clear IOException, when the file is opened.
            return Marshal.GetLastPInvokeError() is NoSuchFile or NotAFolder ? FileKind.Missing : FileKind.Regular;
        }

        return (status.Mode & TypeMask) == RegularType ? FileKind.Regular : FileKind.Special;
    }

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directory, string path, int flags, uint mask, out StatxBuffer buffer);

    /// <summary>struct statx: 256 bytes, stx_mode at offset 28.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(28)]
        public ushort Mode;
    }
}
