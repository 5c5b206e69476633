using System.Collections.Frozen;
using Chronicle.Resources;

namespace Chronicle.Cleaning;

/// <summary>
/// The word lists the cleaner recognises page furniture by (Cleaning/Resources/*.txt), loaded once
/// and shared read-only. Every list holds keys in <see cref="LineKey"/> form.
/// </summary>
internal sealed class CleaningLexicon
{
    public static CleaningLexicon Shared { get; } = new();

    public FrozenSet<string> SocialNetworks { get; }

    public FrozenSet<string> NavigationWords { get; }

    /// <summary>Whole lines that are furniture wherever they stand, with the reason.</summary>
    public FrozenDictionary<string, string> BoilerplateLines { get; }

    /// <summary>Phrases that make a short line furniture, with the reason.</summary>
    public IReadOnlyList<(string Phrase, string Reason)> BoilerplatePhrases { get; }

    /// <summary>Read-more labels, longest first.</summary>
    public IReadOnlyList<string> ReadMorePhrases { get; }

    public FrozenSet<string> TailListHeaders { get; }

    /// <summary>Source/credit-line labels, longest first.</summary>
    public IReadOnlyList<string> SourceLabels { get; }

    public FrozenSet<string> CreditWords { get; }

    public FrozenSet<string> CommentWords { get; }

    public FrozenSet<string> ReadTimeUnits { get; }

    public FrozenSet<string> TitleCaseMinorWords { get; }

    public FrozenSet<string> CommentPromptWords { get; }

    public FrozenSet<string> CreditJoiners { get; }

    public FrozenSet<string> ReadTimeWords { get; }

    public IReadOnlyList<string> BylineLabels { get; }

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> minorWordLookup;

    public bool IsTitleCaseMinorWord(ReadOnlySpan<char> word) => minorWordLookup.Contains(word);

    private CleaningLexicon()
    {
        SocialNetworks = Set("social-networks.txt");
        NavigationWords = Set("navigation-words.txt");
        BoilerplateLines = Tabbed("boilerplate-lines.txt")
            .GroupBy(p => LineKey.Of(p.Text))
            .ToFrozenDictionary(g => g.Key, g => g.First().Reason, StringComparer.Ordinal);
        BoilerplatePhrases = Tabbed("boilerplate-phrases.txt")
            .Select(p => (p.Text.ToLowerInvariant(), p.Reason))
            .ToArray();
        ReadMorePhrases = Lines("read-more-phrases.txt").Select(l => l.ToLowerInvariant())
            .OrderByDescending(l => l.Length).ToArray();
        TailListHeaders = Set("tail-list-headers.txt");
        SourceLabels = Lines("source-labels.txt").Select(l => l.ToLowerInvariant())
            .OrderByDescending(l => l.Length).ToArray();
        CreditWords = Set("credit-words.txt");
        CommentWords = Set("comment-words.txt");
        ReadTimeUnits = Set("read-time-units.txt");
        TitleCaseMinorWords = Set("title-case-minor-words.txt");
        minorWordLookup = TitleCaseMinorWords.GetAlternateLookup<ReadOnlySpan<char>>();
        CommentPromptWords = Set("comment-prompt-words.txt");
        CreditJoiners = Lines("credit-joiners.txt").Select(l => l.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
        ReadTimeWords = Set("read-time-words.txt");
        BylineLabels = Lines("byline-labels.txt").Select(l => l.ToLowerInvariant())
            .OrderByDescending(l => l.Length).ToArray();
    }

    private static IEnumerable<string> Lines(string file) => ResourceFiles.ReadDataLines("Cleaning/Resources/" + file);

    private static FrozenSet<string> Set(string file) =>
        Lines(file).Select(LineKey.Of).Where(k => k.Length > 0).ToFrozenSet(StringComparer.Ordinal);

    private static IEnumerable<(string Reason, string Text)> Tabbed(string file) =>
        Lines(file).Select(l => l.Split('\t', 2)).Where(p => p.Length == 2).Select(p => (p[0].Trim(), p[1].Trim()));
}
