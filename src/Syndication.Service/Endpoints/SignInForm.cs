namespace Syndication.Service.Endpoints;

/// <summary>What POST /admin/session reads (as <see cref="AdminTokenOptions.FormField"/>); described here for the OpenAPI document.</summary>
internal sealed record SignInForm(string Token);
