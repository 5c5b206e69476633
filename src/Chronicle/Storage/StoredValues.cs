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

    public static DateEvidence ParseEvidence(string value) =>
        Enum.TryParse<DateEvidence>(value, ignoreCase: true, out var evidence) ? evidence : DateEvidence.Unknown;
}
