using System.Runtime.CompilerServices;
using Chronicle.Model;

namespace Chronicle.Entities.Ner;

/// <summary>
/// Capitalisation evidence across one article: the words (by lower-case hash) seen capitalised
/// away from a sentence start, and those seen in lower case. A sentence-initial "Apple" that also
/// appears capitalised mid-sentence is likely a name; one that appears as "apple" is likely not.
/// </summary>
public sealed class DocumentCasing
{
    private readonly HashSet<ulong> capitalisedMidSentence = [];
    private readonly HashSet<ulong> lowerCase = [];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static DocumentCasing Build(string text, IEnumerable<IReadOnlyList<Span>> sentences)
    {
        var casing = new DocumentCasing();
        foreach (var tokens in sentences)
        {
            var initial = WordShape.FirstWordIndex(text, tokens);
            for (var i = 0; i < tokens.Count; i++)
            {
                var word = tokens[i].Slice(text);
                var kind = WordShape.Casing(word);
                if (kind is CasingKind.Lower)
                {
                    casing.lowerCase.Add(FeatureHash.Lower(word));
                }
                else if (kind is CasingKind.Title or CasingKind.Upper or CasingKind.Mixed && i != initial)
                {
                    casing.capitalisedMidSentence.Add(FeatureHash.Lower(word));
                }
            }
        }

        return casing;
    }

    public bool SeenCapitalisedMidSentence(ulong lowerHash) => capitalisedMidSentence.Contains(lowerHash);

    public bool SeenLowerCase(ulong lowerHash) => lowerCase.Contains(lowerHash);
}
