using System.Globalization;

namespace Chronicle.Rendering;

/// <summary>ISO-8601 day strings, the only way dates are printed.</summary>
public static class DateFormat
{
    public static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
