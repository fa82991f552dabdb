namespace Syndication.Service.Storage;

/// <summary>What a path is, told without opening it: opening a FIFO blocks until a writer comes, a device may never end.</summary>
internal enum FileKind
{
    Regular,
    Missing,
    Special,
}
