using Chronicle.Cleaning;
using Chronicle.Dating;
using Chronicle.Entities;
using Chronicle.Entities.Linking;
using Chronicle.Events;
using Chronicle.Language;
using Chronicle.Model;
using Chronicle.Segmentation;
using Chronicle.Storage;
using Chronicle.Time;

namespace Chronicle.Pipeline;

/// <summary>
/// The per-article phase of the pipeline: a pure function of one article as read. Composes the
/// stages in one place (clean, date, segment, identify) so every caller runs them the same way.
/// </summary>
public sealed class ArticleAnalyzer
{
    private readonly ArticleCleaner cleaner;
    private readonly PublicationDateFinder dateFinder;
    private readonly Segmenter segmenter;
    private readonly EntityRecognizer recognizer;
    private readonly ArticleEntityLinker linker;
    private readonly TimexTagger tagger;
    private readonly ArticleDateInference dateInference;

    public ArticleAnalyzer()
        : this(new ArticleCleaner(), new PublicationDateFinder(), Segmenter.Default, EntityRecognizer.Default, ArticleEntityLinker.Default, SharedTagger)
    {
    }

    public ArticleAnalyzer(ArticleCleaner cleaner, PublicationDateFinder dateFinder, Segmenter segmenter, EntityRecognizer recognizer, ArticleEntityLinker linker, TimexTagger tagger)
    {
        this.tagger = tagger;
        dateInference = new ArticleDateInference(tagger);
        this.cleaner = cleaner;
        this.dateFinder = dateFinder;
        this.segmenter = segmenter;
        this.recognizer = recognizer;
        this.linker = linker;
    }

    /// <summary>The tagger the pipeline shares across threads (it loads its lexicons once).</summary>
    public static TimexTagger SharedTagger => SharedTaggerInstance.Value;

    private static readonly Lazy<TimexTagger> SharedTaggerInstance = new(() => new TimexTagger(), LazyThreadSafetyMode.ExecutionAndPublication);

    public Article Analyze(RawArticle raw)
    {
        var cleaned = cleaner.Clean(raw.Text, raw.Title);
        var published = dateFinder.Find(raw.PublishedRaw, cleaned, raw.Text);
        if (published.Evidence == DateEvidence.Unknown)
        {
            published = dateInference.Infer(cleaned.Text).ToPublicationDate();
        }

        var sentences = segmenter.Segment(cleaned.Text, cleaned.Zones);
        var title = string.IsNullOrWhiteSpace(raw.Title) ? cleaned.Headline : raw.Title.Trim();
        return Assemble(raw, title, cleaned.Text, cleaned.Zones, cleaned.Removed, published, sentences);
    }

    /// <summary>
    /// Analyses a text exactly as given (no cleaning), so every offset points into it; the
    /// publication date is passed in because it comes from the article's cleaned reading.
    /// </summary>
    public Article AnalyzeRawText(RawArticle raw, string text, PublicationDate published)
    {
        var sentences = segmenter.Segment(text, []);
        return Assemble(raw, raw.Title, text, [], [], published, sentences);
    }

    /// <summary>
    /// Analyses a text whose sentence boundaries the input gives (TimeML): no cleaning, every offset
    /// points into <paramref name="text"/>, and each given span is one sentence (see
    /// <see cref="Segmenter.SegmentGiven"/>). The publication date is the one the input states.
    /// </summary>
    public Article AnalyzeGivenSentences(RawArticle raw, string text, IReadOnlyList<Span> sentenceSpans, PublicationDate published)
    {
        var sentences = segmenter.SegmentGiven(text, sentenceSpans);
        return Assemble(raw, raw.Title, text, [], [], published, sentences);
    }

    private Article Assemble(
        RawArticle raw,
        string? title,
        string text,
        IReadOnlyList<Zone> zones,
        IReadOnlyList<RemovedText> removed,
        PublicationDate published,
        IReadOnlyList<Sentence> sentences)
    {
        var id = ArticleIdentity.ComputeId(text);
        var warnings = raw.Warnings;
        var language = LanguageIdentifier.Default.Identify(text);
        var english = language.IsEnglish;
        if (!english)
        {
            // The English models would tag nonsense: flag the article and leave its annotations empty.
            warnings = [.. warnings, $"the text looks like {language.Name}, not English: times and entities were not tagged"];
        }

        // Relative expressions are resolved only against a date the article states or that its clues pin
        // down; a loose estimate would turn every "on Friday" into a confident wrong day.
        var anchor = published.ResolutionAnchor();
        var entities = english ? linker.Analyze(recognizer, id, published.Date, text, sentences) : new ArticleEntities(id, published.Date, [], []);
        IReadOnlyList<Timex> timexes = english ? tagger.Tag(text, anchor) : [];
        IReadOnlyList<EventMention> events = english
            ? EventExtractor.Default.Extract(text, sentences, EventInputs.Times(timexes), EventInputs.Participants(entities), anchor)
            : [];
        var layers = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            [AnnotationLayers.Entities] = AnnotationLayers.Serialize(entities),
            [AnnotationLayers.Timexes] = AnnotationLayers.Serialize(timexes),
            [AnnotationLayers.Events] = AnnotationLayers.Serialize(events),
        };
        return new(
            id,
            raw.Location,
            raw.Format,
            title,
            raw.Outlet,
            raw.Author,
            raw.Url,
            text,
            zones,
            removed,
            published,
            sentences)
        {
            Warnings = warnings,
            Layers = layers,
        };
    }
}
