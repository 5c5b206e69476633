using System.Globalization;
using Chronicle.Events;
using Chronicle.Model;

namespace Chronicle.Fusion;

/// <summary>
/// A date an article of unknown date gives without its year or week: a day of the year ("On March 3",
/// "XXXX-03-03") or a weekday ("on Sunday", "XXXX-WXX-7"). Fusion may match it against another
/// article's full date; <see cref="Weekday"/> is set for the second kind, <see cref="Month"/> and
/// <see cref="Day"/> for the first.
/// </summary>
public sealed record PartialDate(int Month, int Day, DayOfWeek? Weekday)
{
    /// <summary>The widest interval in which a weekday still points at one day (a week).</summary>
    private const int WeekDays = 7;

    /// <summary>The partial date of a mention's time when its article is not explicitly dated; null otherwise.</summary>
    public static PartialDate? Of(DocumentEvents doc, EventMention mention)
    {
        if (doc.Evidence == DateEvidence.Explicit || mention.Time is not { Value: { Length: 10 } value } || mention.Time.Source == EventTimeSource.DocumentDate
            || !value.StartsWith("XXXX-", StringComparison.Ordinal))
        {
            return null;
        }

        if (value.StartsWith("XXXX-WXX-", StringComparison.Ordinal))
        {
            return value[9] is >= '1' and <= '7' ? new PartialDate(0, 0, (DayOfWeek)((value[9] - '0') % 7)) : null;
        }

        if (value == "XXXX-XX-XX")
        {
            // A day counted from the unknown writing day that names its weekday ("tomorrow, Thursday").
            return NamedWeekday(FusionText.Of(doc), mention.Time.Span) is { } named ? new PartialDate(0, 0, named) : null;
        }

        if (value[7] != '-'
            || !int.TryParse(value.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(value.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(2000, month))
        {
            return null;
        }

        return new PartialDate(month, day, null);
    }

    private static DayOfWeek? NamedWeekday(FusionText text, Model.Span? span)
    {
        if (span is not { } s || s.Start < 0 || s.End > text.Length || s.Start >= s.End)
        {
            return null;
        }

        var phrase = text.Slice(s.Start, s.Length);
        DayOfWeek? found = null;
        var names = CultureInfo.InvariantCulture.DateTimeFormat.DayNames;
        for (var d = 0; d < names.Length; d++)
        {
            if (phrase.Contains(names[d], StringComparison.OrdinalIgnoreCase))
            {
                if (found is not null)
                {
                    return null; // two weekdays: a span of days, not one
                }

                found = (DayOfWeek)d;
            }
        }

        return found;
    }

    /// <summary>Whether some day in [earliest, latest] can be this one (open bounds allowed; spans over ten years always can).</summary>
    public bool FitsIn(DateOnly? earliest, DateOnly? latest)
    {
        if (earliest is not { } from || latest is not { } to || to.Year - from.Year > 10)
        {
            return true;
        }

        if (Weekday is { } weekday)
        {
            return to.DayNumber - from.DayNumber >= WeekDays - 1 || Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Any(i => from.AddDays(i).DayOfWeek == weekday);
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

    /// <summary>Whether a match in [earliest, latest] tells which day this is: a day of the year within a month, a weekday within a week.</summary>
    public bool Pins(DateOnly? earliest, DateOnly? latest) =>
        earliest is { } from && latest is { } to && to.DayNumber - from.DayNumber < (Weekday is null ? 31 : WeekDays);
}
