using System.Globalization;
using System.Net.Mail;

namespace Syndication.Core.Parsing;

/// <summary>The rule for an author's e-mail: a bare address (a leading <c>mailto:</c> is accepted and dropped) that makes a plain <c>mailto:</c> link.</summary>
internal static class EmailAddresses
{
    // Characters that would end the address or change a mailto: link (query, fragment, escape), besides spaces and controls.
    private const string Refused = "\"()<>[]\\,;:?#%/";

    /// <summary>The address with its domain in ASCII, or null with <paramref name="why"/> saying what is wrong.</summary>
    public static string? Normalize(string text, out string? why)
    {
        var address = text.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? text["mailto:".Length..] : text;
        why = null;
        if (address.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format || Refused.Contains(c)))
        {
            why = "contains a space, control character or one of \" ( ) < > [ ] \\ , ; : ? # % /";
            return null;
        }

        if (!MailAddress.TryCreate(address, out var mail) || mail.DisplayName.Length > 0 || mail.Address != address
            || Uri.CheckHostName(mail.Host) != UriHostNameType.Dns)
        {
            why = "is not an e-mail address of the form name@example.org";
            return null;
        }

        try
        {
            return $"{mail.User}@{new IdnMapping().GetAscii(mail.Host).ToLowerInvariant()}";
        }
        catch (ArgumentException)
        {
            why = "has a domain that is not a valid host name";
            return null;
        }
    }
}
