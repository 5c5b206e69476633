using Chronicle.Model;

namespace Chronicle.Time;

/// <summary>
/// The matched, unresolved expressions of one text, with a way to resolve any one of them against a
/// creation time of choice: what dating an article tries candidate creation times with.
/// </summary>
internal sealed class TextAnalysis
{
    private readonly TimexResolver resolver;
    private readonly Tense[] tenses;

    public TextAnalysis(TimeTokens tokens, List<Mention> mentions, TimexResolver resolver)
    {
        Tokens = tokens;
        Mentions = mentions;
        this.resolver = resolver;
        tenses = new Tense[mentions.Count];
        var detector = resolver.Detector;
        for (var i = 0; i < mentions.Count; i++)
        {
            tenses[i] = detector.Detect(tokens, mentions[i].Start, mentions[i].End);
        }
    }

    public TimeTokens Tokens { get; }

    public List<Mention> Mentions { get; }

    public Tense TenseOf(int index) => tenses[index];

    public Span SpanOf(int index) => new(Tokens[Mentions[index].Start].Start, Tokens[Mentions[index].End - 1].End);

    public string TextOf(int index) => Tokens.Text.Substring(SpanOf(index).Start, SpanOf(index).Length);

    /// <summary>The expression resolved alone (no anaphora) against the given creation time.</summary>
    public Timex ResolveAlone(int index, DateOnly? dct) => resolver.Resolve(Tokens, [Mentions[index]], dct)[0];
}
