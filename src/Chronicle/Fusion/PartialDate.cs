using System.Globalization;
using Chronicle.Events;
using Chronicle.Model;

namespace Chronicle.Fusion;

/// <summary>
/// A day of the year without its year: what the tagger leaves of "On March 3" in an article whose
/// date is not known ("XXXX-03-03"). Fusion may match it against another article's full date.
/// </summary>
public sealed record PartialDate(int Month, int Day)
{
    /// <summary>The month and day of a mention's time when its year is unknown and its article not explicitly dated; null otherwise.</summary>
    public static PartialDate? Of(DocumentEvents doc, EventMention mention)
    {
        if (doc.Evidence == DateEvidence.Explicit || mention.Time is not { Value: { Length: 10 } value } || mention.Time.Source == EventTimeSource.DocumentDate
            || !value.StartsWith("XXXX-", StringComparison.Ordinal) || value[7] != '-')
        {
            return null;
        }

        if (!int.TryParse(value.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(value.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(2000, month))
        {
            return null;
        }

        return new PartialDate(month, day);
    }

    /// <summary>Whether some year puts this day inside [earliest, latest] (open bounds allowed; spans over ten years always do).</summary>
    public bool FitsIn(DateOnly? earliest, DateOnly? latest)
    {
        if (earliest is not { } from || latest is not { } to || to.Year - from.Year > 10)
        {
            return true;
        }

        for (var year = from.Year; year <= to.Year; year++)
        {
            if (Day <= DateTime.DaysInMonth(year, Month) && new DateOnly(year, Month, Day) is var d && d >= from && d <= to)
            {
                return true;
            }
        }

        return false;
    }
}
