using Chronicle.Model;
using Chronicle.Syntax;

namespace Chronicle.Events;

/// <summary>
/// One sentence as the event extractor sees it: words, tags, lemmas, clause numbers, and which
/// participant and time mentions fall on which tokens.
/// </summary>
internal sealed class SentenceAnalysis
{
    private static readonly HashSet<string> BoundaryWords = new(StringComparer.Ordinal) { ";", ":", "\u2014", "\u2013", "(", ")", "\"", "\u201C", "\u201D", "who", "which", "whom", "whose", "but", "while", "whereas" };

    /// <param name="participants">The article's participants, stably sorted by start (<see cref="ByStart{T}"/>).</param>
    /// <param name="times">The article's times, stably sorted by start.</param>
    /// <param name="verbOnlyTrigger">Whether a word is a trigger verb that names no event as a noun ("testify").</param>
    public SentenceAnalysis(string text, Sentence sentence, PosTagger tagger, Lemmatizer lemmatizer, EventParticipantMention[] participants, EventTimeMention[] times, Func<string, bool> verbOnlyTrigger)
    {
        Sentence = sentence;
        var n = sentence.Tokens.Count;
        Words = new string[n];
        Lower = new string[n];
        Lemmas = new string[n];
        Tags = tagger.Tag(text, sentence);
        Clause = new int[n];
        Participant = new int[n];
        Time = new int[n];
        for (var i = 0; i < n; i++)
        {
            var span = sentence.Tokens[i].Span;
            var start = Math.Clamp(span.Start, 0, text.Length);
            Words[i] = text.Substring(start, Math.Clamp(span.End, start, text.Length) - start);
            Lower[i] = Words[i].ToLowerInvariant().Replace('\u2019', '\'');
            Lemmas[i] = lemmatizer.Lemmatize(Words[i], Tags[i]);
        }

        for (var i = 1; i < n; i++)
        {
            if (Tags[i] == UPos.VERB && Lower[i - 1] == "to" && InflectedS(Lower[i]))
            {
                // "invited them to talks": an -s form cannot be an infinitive, so the word after "to" is a noun.
                Tags[i] = UPos.NOUN;
                Lemmas[i] = lemmatizer.Noun(Lower[i]);
            }
            else if (i >= 2 && Tags[i] == UPos.NOUN && Lower[i - 1] == "to" && Tags[i - 2] is UPos.ADJ or UPos.VERB or UPos.AUX && verbOnlyTrigger(Lower[i]))
            {
                // "is due to testify before the committee": after "to" that follows an adjective or a verb.
                Tags[i] = UPos.VERB;
                Lemmas[i] = Lower[i];
            }
            else if (Tags[i] == UPos.VERB && Tags[i - 1] == UPos.DET && Lower[i].Contains('-', StringComparison.Ordinal) && Lower[i].EndsWith("ed", StringComparison.Ordinal))
            {
                // "a London-based paper", "the army-led coalition": a hyphened participle after a determiner modifies a noun.
                Tags[i] = UPos.ADJ;
                Lemmas[i] = Lower[i];
            }
            else if (lemmatizer.IsIrregularPast(Lower[i])
                && ((Tags[i] == UPos.ADV && Tags[i - 1] is UPos.NOUN or UPos.PROPN)
                    || (Tags[i] == UPos.NOUN && Tags[i - 1] == UPos.PROPN && i + 1 < n && Lower[i + 1] is "before" or "with" or "on" or "in" or "at" or "down" or "out")))
            {
                // "a door plug tore away", "the chief executive sat before the committee": the simple past of an
                // irregular verb after its subject, which the tagger took for an adverb or a noun.
                Tags[i] = UPos.VERB;
                Lemmas[i] = lemmatizer.Verb(Lower[i]);
            }
        }

        var clause = 0;
        var relative = false;
        for (var i = 0; i < n; i++)
        {
            if (i > 0 && ((BoundaryWords.Contains(Lower[i]) && !InShortName(i)) || (Tags[i] == UPos.SCONJ && !(Lower[i] == "as" && !VerbBeforePunctuation(i + 1)))))
            {
                clause++;
                relative = Lower[i] is "who" or "which" or "whom" or "whose";
            }
            else if (relative && Lower[i] == "," && i + 1 < n && Tags[i + 1] is UPos.VERB or UPos.AUX)
            {
                clause++; // "X, a director who joined the board in 2020, was named ...": the main clause resumes
                relative = false;
            }

            Clause[i] = clause;
            Participant[i] = -1;
            Time[i] = -1;
        }

        Participants = InSentence(participants, p => p.Span.Start, sentence.Span).ToArray();
        Times = Array.FindAll(InSentence(times, t => t.Span.Start, sentence.Span).ToArray(), t => t.Earliest is not null || t.Latest is not null || Unanchored(t));
        Mark(Participants.Select(p => p.Span).ToArray(), Participant);
        for (var k = 1; k < Participants.Length && !hasPairs; k++)
        {
            hasPairs = Participants[k].Span == Participants[k - 1].Span;
        }

        Mark(Times.Select(t => t.Span).ToArray(), Time);
        Aside = FindAsides(text);
        FirstVerb = Array.IndexOf(Tags, UPos.VERB) is var verb and >= 0 ? verb : Count;
    }

    /// <summary>
    /// The mentions in a stable order by start, so that each sentence takes its own as one slice
    /// (the same mentions, in the same order, as filtering the article's and sorting them by start).
    /// </summary>
    public static T[] ByStart<T>(IReadOnlyList<T> mentions, Func<T, int> start)
    {
        var sorted = mentions.ToArray();
        var keys = new long[sorted.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = ((long)start(sorted[i]) << 32) | (uint)i;
        }

        Array.Sort(keys, sorted);
        return sorted;
    }

    /// <summary>The slice of mentions sorted by start whose start lies in <paramref name="span"/>.</summary>
    private static ReadOnlySpan<T> InSentence<T>(T[] byStart, Func<T, int> start, Span span)
    {
        int lo = 0, hi = byStart.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (start(byStart[mid]) < span.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var end = lo;
        while (end < byStart.Length && start(byStart[end]) < span.End)
        {
            end++;
        }

        return byStart.AsSpan(lo, end - lo);
    }

    /// <summary>The first verb's token (<see cref="Count"/> when there is none).</summary>
    public int FirstVerb { get; }

    /// <summary>
    /// Which aside each token lies in, numbered from 1 (0: none): the words between a pair of brackets or
    /// dashes ("the war - the longest since 1948 - goes on"). What an aside says of time stays in it.
    /// </summary>
    public int[] Aside { get; }

    private int[] FindAsides(string text)
    {
        var aside = new int[Count];
        var number = 0;
        for (var open = 0; open < Count; open++)
        {
            var closer = Lower[open] == "(" ? ")" : IsDash(text, open) ? Lower[open] : null;
            if (closer is null || InShortName(open))
            {
                continue;
            }

            var close = open + 1;
            while (close < Count && !(Lower[close] == closer && (closer == ")" || IsDash(text, close))))
            {
                close++;
            }

            if (close >= Count)
            {
                continue; // a lone dash ends a clause; it opens no aside
            }

            number++;
            for (var k = open + 1; k < close; k++)
            {
                aside[k] = number;
            }

            open = close;
        }

        return aside;
    }

    /// <summary>An em or en dash, or a hyphen standing alone between spaces.</summary>
    private bool IsDash(string text, int i)
    {
        if (Lower[i] is "\u2014" or "\u2013")
        {
            return true;
        }

        var span = Sentence.Tokens[i].Span;
        return Lower[i] == "-" && span.Start > 0 && span.End < text.Length && char.IsWhiteSpace(text[span.Start - 1]) && char.IsWhiteSpace(text[span.End]);
    }

    public Sentence Sentence { get; }

    /// <summary>
    /// A bracket around a short name ("the Union Front (UF)") is part of the noun phrase, not an aside
    /// that opens a clause: at most three words between the brackets, none of them a verb.
    /// </summary>
    private bool InShortName(int i)
    {
        const int MaxWords = 3;
        int open, close;
        if (Lower[i] == "(")
        {
            open = i;
            close = Array.IndexOf(Lower, ")", i + 1, Math.Min(MaxWords + 1, Count - i - 1));
        }
        else if (Lower[i] == ")")
        {
            close = i;
            var from = Math.Max(0, i - MaxWords - 1);
            open = Array.LastIndexOf(Lower, "(", i - 1, i - from);
        }
        else
        {
            return false;
        }

        if (open < 0 || close < 0 || close - open < 2)
        {
            return false;
        }

        for (var k = open + 1; k < close; k++)
        {
            if (Tags[k] is UPos.VERB or UPos.AUX)
            {
                return false;
            }
        }

        return true;
    }

    public string[] Words { get; }

    public string[] Lower { get; }

    public string[] Lemmas { get; }

    public UPos[] Tags { get; }

    public int[] Clause { get; }

    /// <summary>Whether two participants share a span: a pair reference ("the two parties") stands for both.</summary>
    private readonly bool hasPairs;

    /// <summary>Index into <see cref="Participants"/> of the mention on each token, or -1.</summary>
    public int[] Participant { get; }

    /// <summary>
    /// A calendar date whose year or week the article's unknown date left open ("XXXX-02-16"): it has no
    /// interval, but it still governs its clause, and fusion can match it against other articles' dates.
    /// </summary>
    private static bool Unanchored(EventTimeMention t) => t.Value.StartsWith("XXXX-", StringComparison.Ordinal);

    /// <summary>Index into <see cref="Times"/> of the time on each token, or -1.</summary>
    public int[] Time { get; }

    public EventParticipantMention[] Participants { get; }

    public EventTimeMention[] Times { get; }

    public int Count => Words.Length;

    public bool IsVerb(int i) => Tags[i] is UPos.VERB;

    /// <summary>Whether a verb comes before the next punctuation: "as he said" opens a clause, "as chief executive in January" does not.</summary>
    private bool VerbBeforePunctuation(int from)
    {
        for (var k = from; k < Math.Min(Count, from + 8); k++)
        {
            if (Tags[k] is UPos.VERB or UPos.AUX)
            {
                return true;
            }

            if (Tags[k] == UPos.PUNCT)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>An -s ending that is an inflection ("talks", "meets"), not part of a stem ("discuss", "focus", "this").</summary>
    private static bool InflectedS(string word) =>
        word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal);

    public int ClauseStart(int i)
    {
        var k = i;
        while (k > 0 && Clause[k - 1] == Clause[i])
        {
            k--;
        }

        return k;
    }

    public int ClauseEnd(int i)
    {
        var k = i;
        while (k + 1 < Count && Clause[k + 1] == Clause[i])
        {
            k++;
        }

        return k + 1;
    }

    /// <summary>The participants whose first token lies in [from, to), in order, without repeats.</summary>
    public List<EventParticipantMention> ParticipantsIn(int from, int to)
    {
        var found = new List<EventParticipantMention>();
        var last = -1;
        for (var i = Math.Max(0, from); i < Math.Min(to, Count); i++)
        {
            if (Participant[i] >= 0 && Participant[i] != last)
            {
                last = Participant[i];
                found.Add(Participants[last]);
            }
        }

        return found;
    }

    /// <summary>
    /// The participants with the other member of each pair reference ("the two parties") added: the
    /// sentence marks a token with one participant, and a pair reference is two over the same span.
    /// </summary>
    public IReadOnlyList<EventParticipantMention> WithPairs(IReadOnlyList<EventParticipantMention> found)
    {
        if (!hasPairs)
        {
            return found;
        }

        List<EventParticipantMention>? result = null;
        foreach (var p in found)
        {
            foreach (var other in Participants)
            {
                if (other.Span == p.Span && other.EntityKey != p.EntityKey && !found.Contains(other) && !(result?.Contains(other) ?? false))
                {
                    (result ??= [.. found]).Add(other);
                }
            }
        }

        return result ?? found;
    }

    /// <summary>Whether the words from <paramref name="at"/> match <paramref name="phrase"/> (lowercased).</summary>
    public bool Matches(int at, string[] phrase)
    {
        if (at < 0 || at + phrase.Length > Count)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            if (Lower[at + k] != phrase[k])
            {
                return false;
            }
        }

        return true;
    }

    private void Mark(Span[] spans, int[] marks)
    {
        for (var i = 0; i < Count; i++)
        {
            var t = Sentence.Tokens[i].Span;
            for (var m = 0; m < spans.Length; m++)
            {
                if (t.Start < spans[m].End && t.End > spans[m].Start)
                {
                    marks[i] = m;
                    break;
                }
            }
        }
    }
}
