namespace Chronicle.Web.Api;

/// <summary>
/// Checks the ids that arrive in URLs before they reach the store, so nothing a client sends is ever
/// taken as a path or a pattern: article ids are hex (a unique prefix of at least four characters),
/// event ids "v" and digits, entity ids a type, a colon and a slug of letters, digits and dashes.
/// </summary>
public static class Identifiers
{
    public const int MaxLength = 200;

    public static bool IsArticleId(string? value) =>
        value is { Length: >= 4 and <= 64 } && value.All(char.IsAsciiHexDigitLower);

    public static bool IsEventId(string? value) =>
        value is { Length: >= 2 and <= 12 } && value[0] == 'v' && value.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0;

    public static bool IsEntityId(string? value)
    {
        if (value is null || value.Length is 0 or > MaxLength || value.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is ':' or '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// An uploaded file's name reduced to its last segment and safe characters: it only ever becomes
    /// part of an article's origin (nothing is written to disk), but the origin is shown and stored.
    /// </summary>
    public static string SafeFileName(string? name)
    {
        var last = (name ?? "").Replace('\\', '/');
        last = last[(last.LastIndexOf('/') + 1)..];
        var chars = last.Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' or ' ' ? c : '_').ToArray();
        var safe = new string(chars).Trim().TrimStart('.');
        if (safe.Length > 120)
        {
            var extension = Path.GetExtension(safe);
            safe = safe[..(120 - Math.Min(extension.Length, 20))] + extension[..Math.Min(extension.Length, 20)];
        }

        return safe.Length == 0 ? "upload.txt" : safe;
    }
}
