using System.Security.Cryptography;
using System.Text;

namespace Chronicle.Storage;

/// <summary>
/// The identity of an article: a hash of its normalised clean text, so that the same article read
/// from two files (or twice) has one id whatever its spacing, Unicode form or letter case.
/// </summary>
public static class ArticleIdentity
{
    /// <summary>The number of hex characters of the SHA-256 digest kept as the id.</summary>
    public const int IdLength = 16;

    /// <summary>SHA-256 of <see cref="Normalize"/>(text) in UTF-8, the first 16 hex characters, lower case.</summary>
    public static string ComputeId(string cleanText)
    {
        var normalized = Normalize(cleanText);
        var bytes = Encoding.UTF8.GetBytes(normalized);
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes, digest);
        return Convert.ToHexStringLower(digest[..(IdLength / 2)]);
    }

    /// <summary>
    /// Unicode compatibility normalisation (NFKC), every run of white
    /// space (any Unicode space, line breaks, zero-width spaces) collapsed to one space, trimmed,
    /// lower-cased with the invariant culture.
    /// </summary>
    public static string Normalize(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var decomposed = NormalizeKc(text);

        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (IsSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString().ToLowerInvariant();
    }

    /// <summary>NFKC; lone surrogates (which string.Normalize refuses) become U+FFFD first.</summary>
    private static string NormalizeKc(string text)
    {
        try
        {
            return text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            var utf8 = Encoding.UTF8.GetBytes(text);
            return Encoding.UTF8.GetString(utf8).Normalize(NormalizationForm.FormKC);
        }
    }

    /// <summary>Unicode white space, and the zero-width spaces that separate words invisibly.</summary>
    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\u2060' or '\uFEFF';
}
