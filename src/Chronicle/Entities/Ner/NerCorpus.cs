using Chronicle.Model;

namespace Chronicle.Entities.Ner;

/// <summary>A tokenised sentence with one BIO tag per token ("B-PER", "I-ORG", "O").</summary>
public sealed record NerSentence(IReadOnlyList<string> Words, IReadOnlyList<string> Tags);

/// <summary>A document of tagged sentences; documents matter because some features look across the whole article.</summary>
public sealed record NerDocument(string Id, IReadOnlyList<NerSentence> Sentences)
{
    /// <summary>
    /// The document as text (tokens joined by one space, sentences by a line break) with its
    /// sentences and tokens, as the Segmentation stage would give them.
    /// </summary>
    public (string Text, IReadOnlyList<Sentence> Sentences) ToText()
    {
        var builder = new System.Text.StringBuilder();
        var sentences = new List<Sentence>(Sentences.Count);
        foreach (var sentence in Sentences)
        {
            if (builder.Length > 0)
            {
                builder.Append('\n');
            }

            var start = builder.Length;
            var tokens = new List<Token>(sentence.Words.Count);
            for (var i = 0; i < sentence.Words.Count; i++)
            {
                if (i > 0)
                {
                    builder.Append(' ');
                }

                var word = sentence.Words[i];
                tokens.Add(new Token(new Span(builder.Length, builder.Length + word.Length), KindOf(word)));
                builder.Append(word);
            }

            sentences.Add(new Sentence(sentences.Count, new Span(start, builder.Length), tokens));
        }

        return (builder.ToString(), sentences);
    }

    private static TokenKind KindOf(string word)
    {
        var letters = false;
        var digits = false;
        foreach (var c in word)
        {
            letters |= char.IsLetter(c);
            digits |= char.IsDigit(c);
        }

        return letters ? TokenKind.Word : digits ? TokenKind.Number : char.IsPunctuation(word.Length > 0 ? word[0] : '.') ? TokenKind.Punctuation : TokenKind.Symbol;
    }
}

/// <summary>BIO tag helpers shared by the readers, the trainer and the scorer.</summary>
public static class BioTags
{
    /// <summary>
    /// Turns IOB1 (I- opens an entity unless it continues one of the same type) into IOB2 (every
    /// entity opens with B-). IOB2 input comes back unchanged; stray I- tags become B-.
    /// </summary>
    public static string[] ToIob2(IReadOnlyList<string> tags)
    {
        var result = new string[tags.Count];
        var previousType = "";
        for (var i = 0; i < tags.Count; i++)
        {
            var tag = tags[i];
            if (tag.Length > 2 && tag[1] == '-' && (tag[0] is 'B' or 'I' or 'E' or 'S'))
            {
                var type = tag[2..];
                var continues = (tag[0] is 'I' or 'E') && previousType == type;
                result[i] = (continues ? "I-" : "B-") + type;
                previousType = tag[0] is 'E' or 'S' ? "" : type;
            }
            else
            {
                result[i] = "O";
                previousType = "";
            }
        }

        return result;
    }

    /// <summary>The entity spans of IOB2 tags, as (first token, token count, type).</summary>
    public static IEnumerable<(int Start, int Length, string Type)> Spans(IReadOnlyList<string> tags)
    {
        var start = -1;
        var type = "";
        for (var i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : "O";
            var inside = tag.StartsWith("I-", StringComparison.Ordinal) && start >= 0 && tag.AsSpan(2).SequenceEqual(type);
            if (inside)
            {
                continue;
            }

            if (start >= 0)
            {
                yield return (start, i - start, type);
                start = -1;
            }

            if (tag.Length > 2 && (tag[0] is 'B' or 'I') && tag[1] == '-')
            {
                start = i;
                type = tag[2..];
            }
        }
    }

    /// <summary>Replaces the types outside <paramref name="keep"/> by O.</summary>
    public static string[] Keep(IReadOnlyList<string> tags, IReadOnlySet<string> keep)
    {
        var result = new string[tags.Count];
        for (var i = 0; i < tags.Count; i++)
        {
            var tag = tags[i];
            result[i] = tag.Length > 2 && keep.Contains(tag[2..]) ? tag : "O";
        }

        return result;
    }
}
