namespace Syndication.Service.Tests.Support;

/// <summary>An exception of a type the service cannot know, thrown where a test asks.</summary>
public sealed class InjectedFaultException(string where) : Exception($"injected fault: {where}");
