using System.Runtime;
using System.Runtime.InteropServices;

namespace Syndication.Service.Publishing;

/// <summary>
/// Hands a run's memory back to the system once its documents are out. A run that built documents leaves hundreds of
/// megabytes of garbage and free space behind (10 feeds of 100 articles: 422 MB resident after the build, 126 MB after
/// this), which the collector would otherwise keep committed for the next run; and the native heap (compression,
/// the JIT) keeps what it freed in per-thread arenas until asked to trim.
/// </summary>
internal static partial class MemoryAfterRun
{
    public static void Release()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        if (OperatingSystem.IsLinux())
        {
            TrimNativeHeap();
        }
    }

    private static void TrimNativeHeap()
    {
        try
        {
            _ = MallocTrim(0);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            // Not glibc (musl has no malloc_trim): its allocator keeps what it keeps.
        }
    }

    // glibc: returns the free memory of every arena to the system (madvise), not only the top of the main heap.
    [LibraryImport("libc", EntryPoint = "malloc_trim")]
    private static partial int MallocTrim(nuint pad);
}
