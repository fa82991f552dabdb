using Microsoft.AspNetCore.Authentication;

namespace Syndication.Service.Endpoints;

/// <summary>Where <see cref="AdminTokenHandler"/> looks for the token: the Authorization header, or the sign-in form's <c>token</c> field.</summary>
internal sealed class AdminTokenOptions : AuthenticationSchemeOptions
{
    public const string FormField = "token";

    public bool FromForm { get; set; }
}
