namespace Chronicle.Dating;

/// <summary>
/// Reads one date string in any common written form (ISO 8601, RFC 822/1123, "16 February 2024",
/// "February 16, 2024", "Feb. 16, 2024", "2024/02/16", "16.02.2024", with or without weekday,
/// ordinal suffix or time of day) as a calendar date. A time of day and a zone are skipped: the date
/// is the local date as written. Anything that is not a full, valid date gives null; it never throws.
/// </summary>
public static class DateStringParser
{
    /// <summary>Longer strings are not a single date.</summary>
    private const int MaxLength = 120;

    public static DateOnly? Parse(string? text) => text is null ? null : Parse(text.AsSpan());

    public static DateOnly? Parse(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.IsEmpty || text.Length > MaxLength)
        {
            return null;
        }

        var tokens = DateTokenizer.Tokenize(text);
        return new DateParts(text, tokens).Read();
    }

    /// <summary>Reads the tokens left to right, filling day, month and year once each.</summary>
    private ref struct DateParts(ReadOnlySpan<char> text, List<DateToken> tokens)
    {
        private readonly ReadOnlySpan<char> text = text;
        private int day;
        private int month;
        private int year;
        private bool sawTime;

        public DateOnly? Read()
        {
            var words = CalendarWords.Shared;
            var i = 0;
            while (i < tokens.Count)
            {
                var token = tokens[i];
                switch (token.Kind)
                {
                    case DateTokenKind.Punctuation:
                        i++;
                        break;
                    case DateTokenKind.Word:
                        var word = token.Slice(text);
                        var m = words.Month(word);
                        if (m > 0)
                        {
                            if (month != 0)
                            {
                                return null;
                            }

                            month = m;
                        }
                        else if (!words.IsWeekday(word) && !words.IsTimeOrJoiningWord(word))
                        {
                            return null;
                        }

                        i++;
                        break;
                    default:
                        if (!ReadNumber(ref i))
                        {
                            return null;
                        }

                        break;
                }
            }

            return Build(year, month, day);
        }

        private bool ReadNumber(ref int i)
        {
            var token = tokens[i];
            if (TryNumericDate(i, out var consumed))
            {
                i += consumed;
                return true;
            }

            if (IsTimePart(i))
            {
                sawTime = true;
                i = SkipTime(i);
                return true;
            }

            // A zone offset written as +0300 or -05 after a time of day.
            if (sawTime && i > 0 && tokens[i - 1].Kind == DateTokenKind.Punctuation
                && tokens[i - 1].End == token.Start && text[tokens[i - 1].Start] is '+' or '-' or '−')
            {
                i++;
                return true;
            }

            var value = token.Value;
            if (token.Length == 4)
            {
                if (year != 0)
                {
                    return false;
                }

                year = value;
                i++;
                return true;
            }

            if (token.Length <= 2)
            {
                if (day != 0)
                {
                    return false;
                }

                day = value;
                i++;
                // An ordinal suffix written against the number: 16th, 1st, 2nd, 3rd.
                if (i < tokens.Count && tokens[i].Kind == DateTokenKind.Word && tokens[i].Start == token.End
                    && IsOrdinalSuffix(tokens[i].Slice(text)))
                {
                    i++;
                }

                return true;
            }

            return false;
        }

        /// <summary>N sep N sep N with one separator (- / .) and no spaces: 2024-02-16, 16.02.2024, 2024/02/16.</summary>
        private bool TryNumericDate(int i, out int consumed)
        {
            consumed = 0;
            if (i + 4 >= tokens.Count)
            {
                return false;
            }

            var a = tokens[i];
            var s1 = tokens[i + 1];
            var b = tokens[i + 2];
            var s2 = tokens[i + 3];
            var c = tokens[i + 4];
            if (s1.Kind != DateTokenKind.Punctuation || s2.Kind != DateTokenKind.Punctuation
                || b.Kind != DateTokenKind.Number || c.Kind != DateTokenKind.Number
                || s1.Length != 1 || s2.Length != 1
                || a.End != s1.Start || s1.End != b.Start || b.End != s2.Start || s2.End != c.Start)
            {
                return false;
            }

            var sep = text[s1.Start];
            if (sep != text[s2.Start] || sep is not ('-' or '/' or '.'))
            {
                return false;
            }

            if (day != 0 || month != 0 || year != 0)
            {
                return false;
            }

            if (a.Length == 4 && b.Length <= 2 && c.Length <= 2)
            {
                (year, month, day) = (a.Value, b.Value, c.Value);
            }
            else if (c.Length == 4 && a.Length <= 2 && b.Length <= 2)
            {
                if (sep == '/')
                {
                    // Slashes are written day-first in most of the world and month-first in the US:
                    // only a reading that one of the two numbers forces is taken.
                    if (a.Value > 12 || a.Value == b.Value)
                    {
                        (day, month) = (a.Value, b.Value);
                    }
                    else if (b.Value > 12)
                    {
                        (month, day) = (a.Value, b.Value);
                    }
                    else
                    {
                        return false;
                    }
                }
                else
                {
                    (day, month) = (a.Value, b.Value);
                }

                year = c.Value;
            }
            else
            {
                return false;
            }

            consumed = 5;
            return true;
        }

        /// <summary>A number that is part of a time of day: followed by ':' or, after a complete date, by '.' and two digits.</summary>
        private readonly bool IsTimePart(int i)
        {
            if (i + 2 >= tokens.Count)
            {
                return false;
            }

            var sep = tokens[i + 1];
            var next = tokens[i + 2];
            if (sep.Kind != DateTokenKind.Punctuation || sep.Length != 1 || next.Kind != DateTokenKind.Number
                || sep.Start != tokens[i].End || next.Start != sep.End || next.Length != 2)
            {
                return false;
            }

            return text[sep.Start] == ':' || (text[sep.Start] == '.' && year != 0 && month != 0 && day != 0);
        }

        /// <summary>Skips h:mm[:ss][.fff] (or h.mm) and returns the index after it.</summary>
        private readonly int SkipTime(int i)
        {
            var end = i + 1;
            while (end + 1 < tokens.Count
                && tokens[end].Kind == DateTokenKind.Punctuation && tokens[end].Length == 1
                && text[tokens[end].Start] is ':' or '.'
                && tokens[end + 1].Kind == DateTokenKind.Number
                && tokens[end].Start == tokens[end - 1].End && tokens[end + 1].Start == tokens[end].End)
            {
                end += 2;
            }

            return end;
        }

        private static bool IsOrdinalSuffix(ReadOnlySpan<char> word) =>
            word.Equals("st", StringComparison.OrdinalIgnoreCase) || word.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || word.Equals("rd", StringComparison.OrdinalIgnoreCase) || word.Equals("th", StringComparison.OrdinalIgnoreCase);
    }

    internal static DateOnly? Build(int year, int month, int day)
    {
        if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new DateOnly(year, month, day);
    }
}
