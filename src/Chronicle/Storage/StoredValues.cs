using System.Data.Common;
using System.Globalization;
using Chronicle.Model;

namespace Chronicle.Storage;

/// <summary>How the stores turn column values back into model values, whatever the database's own types.</summary>
internal static class StoredValues
{
    public const string DateFormat = "yyyy-MM-dd";

    public static string? FormatDate(DateOnly? date) => date?.ToString(DateFormat, CultureInfo.InvariantCulture);

    /// <summary>A date column: SQLite holds ISO text, PostgreSQL a date (read back as DateTime or DateOnly).</summary>
    public static DateOnly? ReadDate(DbDataReader reader, int ordinal)
    {
        if (reader.IsDBNull(ordinal))
        {
            return null;
        }

        // A date in SQLite's text is read and parsed as ten characters: a large timeline lists tens of thousands
        // of documents with three dates each, and the culture-aware parse of a boxed value was most of that.
        if (reader.GetFieldType(ordinal) == typeof(string) && reader.GetString(ordinal) is var iso && ParseIsoDay(iso) is { } day)
        {
            return day;
        }

        return reader.GetValue(ordinal) switch
        {
            DateOnly date => date,
            DateTime time => DateOnly.FromDateTime(time),
            string text when DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) => parsed,
            _ => null,
        };
    }

    public static string? ReadText(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static string EvidenceName(DateEvidence evidence) => evidence.ToString().ToLowerInvariant();

    public static DateEvidence ParseEvidence(string value) => value switch
    {
        // The names EvidenceName writes, without a case-blind parse of the enum's names for each row.
        "explicit" => DateEvidence.Explicit,
        "inferred" => DateEvidence.Inferred,
        "unknown" => DateEvidence.Unknown,
        _ => Enum.TryParse<DateEvidence>(value, ignoreCase: true, out var evidence) ? evidence : DateEvidence.Unknown,
    };

    /// <summary>A yyyy-MM-dd day, or null when the text is not one (another shape, or no such day).</summary>
    internal static DateOnly? ParseIsoDay(string text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !TryDigits(text.AsSpan(0, 4), out var year) || !TryDigits(text.AsSpan(5, 2), out var month) || !TryDigits(text.AsSpan(8, 2), out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new DateOnly(year, month, day);
    }

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
