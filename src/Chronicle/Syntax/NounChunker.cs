namespace Chronicle.Syntax;

/// <summary>A noun phrase over tokens [Start, End) with the token index of its head (its last noun).</summary>
public readonly record struct NounChunk(int Start, int End, int Head);

/// <summary>
/// The shallow parse: base noun phrases from UPOS (DET? (ADJ|NUM|possessive)* (NOUN|PROPN)+), then
/// phrases joined by "of" ("the head of the office") and coordinations ("A and B") as larger groups.
/// Pure functions over the tags; total.
/// </summary>
public static class NounChunker
{
    /// <summary>Base noun phrases. <paramref name="words"/> gives each token's text (for "'s" and "of").</summary>
    public static List<NounChunk> Chunk(IReadOnlyList<UPos> tags, Func<int, string> words)
    {
        var chunks = new List<NounChunk>();
        var i = 0;
        while (i < tags.Count)
        {
            var start = i;
            var j = i;
            if (tags[j] is UPos.DET)
            {
                j++;
            }

            while (j < tags.Count && (tags[j] is UPos.ADJ or UPos.NUM || IsPossessive(tags, words, j) || (tags[j] is UPos.PROPN or UPos.NOUN && j + 1 < tags.Count && IsPossessive(tags, words, j + 1))))
            {
                j++;
            }

            var nounStart = j;
            while (j < tags.Count && (tags[j] is UPos.NOUN or UPos.PROPN || (tags[j] == UPos.PUNCT && words(j) == "-" && j + 1 < tags.Count && tags[j + 1] is UPos.NOUN or UPos.PROPN)))
            {
                j++;
            }

            if (j > nounStart)
            {
                chunks.Add(new NounChunk(start, j, j - 1));
                i = j;
            }
            else if (tags[start] == UPos.PRON)
            {
                chunks.Add(new NounChunk(start, start + 1, start));
                i = start + 1;
            }
            else
            {
                i = start + 1;
            }
        }

        return chunks;
    }

    /// <summary>Joins base chunks linked by "of" and by "and"/"or"/"," coordination into maximal groups.</summary>
    public static List<NounChunk> Group(IReadOnlyList<NounChunk> chunks, IReadOnlyList<UPos> tags, Func<int, string> words)
    {
        var groups = new List<NounChunk>();
        foreach (var chunk in chunks)
        {
            if (groups.Count > 0)
            {
                var last = groups[^1];
                var gap = chunk.Start - last.End;
                var link = gap == 1 ? words(last.End).ToLowerInvariant() : gap == 2 ? words(last.End) + " " + words(last.End + 1).ToLowerInvariant() : null;
                if (link is "of" or "and" or "or" or "&" or ", and")
                {
                    // The head of "X of Y" stays X; a coordination's head is its first conjunct.
                    groups[^1] = last with { End = chunk.End };
                    continue;
                }
            }

            groups.Add(chunk);
        }

        return groups;
    }

    private static bool IsPossessive(IReadOnlyList<UPos> tags, Func<int, string> words, int j) =>
        tags[j] == UPos.PART && words(j) is "'s" or "\u2019s" or "'" or "\u2019";
}
