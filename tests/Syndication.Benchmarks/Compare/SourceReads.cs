using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace Syndication.Benchmarks.Compare;

/// <summary>
/// Counts the source files a run opened, with inotify's IN_OPEN on every feed folder: reading metadata (stat, listing
/// a folder) raises no event, opening a file to read it does. Touches no file, so it cannot change what it watches.
/// </summary>
internal sealed partial class SourceReads : IDisposable
{
    private const int NonBlocking = 0x800;
    private const uint Open = 0x20;
    private const uint Overflow = 0x4000;
    private const int WouldBlock = 11;

    private readonly int _fd;
    private readonly HashSet<(int Watch, string Name)> _opened = [];
    private readonly Thread _reader;
    private volatile bool _stopping;

    private SourceReads(int fd, IEnumerable<string> folders)
    {
        _fd = fd;
        foreach (var folder in folders)
        {
            if (AddWatch(fd, folder, Open) < 0)
            {
                throw new IOException($"inotify_add_watch failed for {folder} (errno {Marshal.GetLastPInvokeError()})");
            }
        }

        _reader = new Thread(ReadEvents) { IsBackground = true, Name = "inotify" };
        _reader.Start();
    }

    /// <summary>Whether the kernel dropped events because they came faster than they were read: the count is then a lower bound.</summary>
    public bool Overflowed { get; private set; }

    /// <summary>Null where inotify is not available.</summary>
    public static SourceReads? Watch(IEnumerable<string> folders)
    {
        var fd = OperatingSystem.IsLinux() ? InotifyInit(NonBlocking) : -1;
        return fd < 0 ? null : new SourceReads(fd, folders);
    }

    /// <summary>Stops watching and counts the distinct article sources (.md, .txt) opened.</summary>
    public int Stop()
    {
        _stopping = true;
        _reader.Join();
        return _opened.Count(o => o.Name.EndsWith(".md", StringComparison.Ordinal) || o.Name.EndsWith(".txt", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        if (!_stopping)
        {
            Stop();
        }

        _ = Close(_fd);
    }

    private void ReadEvents()
    {
        var buffer = new byte[256 * 1024];
        while (true)
        {
            // Read before the check: a read that started after Stop sees every event of the finished run.
            var stopping = _stopping;
            var length = (int)Read(_fd, buffer, buffer.Length);
            if (length > 0)
            {
                Parse(buffer.AsSpan(0, length));
            }
            else if (length < 0 && Marshal.GetLastPInvokeError() == WouldBlock)
            {
                if (stopping)
                {
                    return;
                }

                Thread.Sleep(2);
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>struct inotify_event: int wd, uint32 mask, uint32 cookie, uint32 len, then len bytes of NUL-padded name.</summary>
    private void Parse(ReadOnlySpan<byte> events)
    {
        while (events.Length >= 16)
        {
            var watch = BinaryPrimitives.ReadInt32LittleEndian(events);
            var mask = BinaryPrimitives.ReadUInt32LittleEndian(events[4..]);
            var nameLength = (int)BinaryPrimitives.ReadUInt32LittleEndian(events[12..]);
            var name = Encoding.UTF8.GetString(events.Slice(16, nameLength)).TrimEnd('\0');
            Overflowed |= (mask & Overflow) != 0;
            if ((mask & Open) != 0 && name.Length > 0)
            {
                _opened.Add((watch, name));
            }

            events = events[(16 + nameLength)..];
        }
    }

    [LibraryImport("libc", EntryPoint = "inotify_init1", SetLastError = true)]
    private static partial int InotifyInit(int flags);

    [LibraryImport("libc", EntryPoint = "inotify_add_watch", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int AddWatch(int fd, string path, uint mask);

    [LibraryImport("libc", EntryPoint = "read", SetLastError = true)]
    private static partial nint Read(int fd, byte[] buffer, nint count);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int fd);
}
