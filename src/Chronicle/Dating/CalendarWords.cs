using System.Collections.Frozen;
using Chronicle.Resources;

namespace Chronicle.Dating;

/// <summary>
/// The words a written date is made of (month names, weekday names, time and zone words), loaded
/// once from the stage's data files and shared read-only across threads.
/// </summary>
internal sealed class CalendarWords
{
    public static CalendarWords Shared { get; } = new();

    private readonly FrozenDictionary<string, int> months;
    private readonly FrozenSet<string> weekdays;
    private readonly FrozenSet<string> timeWords;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> monthLookup;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> weekdayLookup;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> timeWordLookup;

    private CalendarWords()
    {
        var monthMap = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in ResourceFiles.ReadDataLines("Dating/Resources/months.txt"))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var number = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
            foreach (var name in parts.Skip(1))
            {
                monthMap[name] = number;
            }
        }

        months = monthMap.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        weekdays = ResourceFiles.ReadDataLines("Dating/Resources/weekdays.txt")
            .SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        timeWords = ResourceFiles.ReadDataLines("Dating/Resources/time-words.txt")
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        monthLookup = months.GetAlternateLookup<ReadOnlySpan<char>>();
        weekdayLookup = weekdays.GetAlternateLookup<ReadOnlySpan<char>>();
        timeWordLookup = timeWords.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The month (1-12) a word names, or 0.</summary>
    public int Month(ReadOnlySpan<char> word) => monthLookup.TryGetValue(word, out var m) ? m : 0;

    public bool IsWeekday(ReadOnlySpan<char> word) => weekdayLookup.Contains(word);

    /// <summary>A word of a time of day, a time zone, or a joining word of a written date.</summary>
    public bool IsTimeOrJoiningWord(ReadOnlySpan<char> word) => timeWordLookup.Contains(word);
}
