using Chronicle.Collections;
using Chronicle.Entities.Resolution;
using Chronicle.Events;
using Chronicle.Fusion;
using Chronicle.Model;
using Chronicle.Pipeline;
using Chronicle.Storage;
using Chronicle.Timeline;

namespace Chronicle.Corpus;

/// <summary>
/// Takes a few new articles into a large index without fusing its blocks again: their entities are
/// resolved against the alias index (<see cref="AppendedEntities"/>), and their event mentions go into
/// the stored events that share a participant with them near their time (<see cref="EventFuser.Extend"/>),
/// or make new ones. Only those events, the new mentions and the entities that changed are written, so
/// the cost follows the new articles and what they touch, not the corpus. The result can differ from
/// the exact update's (the new articles come after every stored one, undated ones are dated only by the
/// events they join, new spellings are not merged with stored names): the articles are marked appended, and
/// <see cref="CorpusIndex.Exact"/> takes them in again as the exact update would.
/// </summary>
public sealed class CorpusAppend(EventFuser fuser, EntityResolver resolver, EventOntology ontology)
{
    /// <summary>How far before a mention's interval a stored event may start and still overlap it (an event of a whole year starts on its first day).</summary>
    private const int LongEventDays = 366;

    /// <summary>How far from its article's time a mention told without a date may join an event (fusion's rule for news of about then).</summary>
    private const int RecentDays = 2 * 366;

    public static CorpusAppend Default { get; } = new(EventFuser.Default, EntityResolver.Default, EventOntology.Default);

    public CorpusIndexUpdate Append(ICorpusIndexStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var ids = store.ListUnindexedArticles();
        var indexedBefore = store.CountIndexedArticles();
        if (ids.Count == 0)
        {
            return CorpusIndexUpdate.UpToDate;
        }

        var pool = new StringPool();
        var articles = ids.Select(store.GetArticle).OfType<Article>().ToList();
        var articleEntities = articles
            .Select(a => a.Layers.TryGetValue(AnnotationLayers.Entities, out var json) ? CorpusEntities.Read(json, pool.Share) : null)
            .OfType<Entities.Linking.ArticleEntities>()
            .ToList();
        var entities = AppendedEntities.Resolve(store, resolver, articleEntities);
        var resolve = clock.Elapsed;
        clock.Restart();

        var refinements = new Dictionary<string, UndatedArticleRefiner.Refinement>(StringComparer.Ordinal);
        List<DocumentEvents> Read() => articles.Select(a => DocumentEventsReader.Read(a, entities.Keys.GetValueOrDefault(a.Id), refinements.GetValueOrDefault(a.Id), pool.Share)).ToList();
        var documents = Read();
        var read = new Dictionary<long, Candidate>();
        var seeds = ReadSeeds(store, documents, read);
        var link = clock.Elapsed;
        clock.Restart();

        var extension = fuser.Extend(seeds.Select(s => s.Seed).ToList(), documents, KeyFrequency(store, seeds, documents));

        // An article without a stated date is dated, as the first fusion dates it, by the events its
        // mentions joined, then read and fused again against that date.
        foreach (var article in articles.Where(a => a.Published.Evidence != DateEvidence.Explicit))
        {
            var key = DocumentKeys.Of(article.Id, article.Origin, article.Published.Date);
            var constraints = extension.Constraints.Where(c => c.DocumentId == key).ToList();
            if (constraints.Count > 0 && UndatedArticleRefiner.Default.Refine(article, constraints) is { } refinement)
            {
                refinements[article.Id] = refinement;
            }
        }

        if (refinements.Count > 0)
        {
            documents = Read();
            seeds = ReadSeeds(store, documents, read);
            extension = fuser.Extend(seeds.Select(s => s.Seed).ToList(), documents, KeyFrequency(store, seeds, documents));
        }

        var fuse = clock.Elapsed;
        clock.Restart();

        var newBlock = store.NextBlockId();
        var blocks = new long[extension.Events.Count];
        var events = new List<NewStoredEvent>();
        var removed = new List<long>();
        for (var i = 0; i < extension.Events.Count; i++)
        {
            var (seed, absorbed, fused) = extension.Events[i];
            var key = EventOrder.SortKey(fused, 0);
            blocks[i] = newBlock;
            if (seed is { } s)
            {
                blocks[i] = seeds[s].Block;
                removed.Add(seeds[s].Row);
                // The event keeps its place in the order while its day and first source stay.
                if (SamePlace(seeds[s].SortKey, key))
                {
                    key = seeds[s].SortKey;
                }
            }

            removed.AddRange(absorbed.Select(a => seeds[a].Row));
            events.Add(StoredEventRows.New(blocks[i], key, AnnotationLayers.Serialize(fused with { Id = string.Empty }), fused));
        }

        var mentions = new List<StoredMentionLink>();
        foreach (var doc in documents)
        {
            var articleId = DocumentKeys.ArticleId(doc.DocumentId);
            for (var i = 0; i < doc.Mentions.Count; i++)
            {
                var block = extension.EventOf.TryGetValue((doc.DocumentId, i), out var e) ? blocks[e] : newBlock;
                mentions.Add(new StoredMentionLink(articleId, i, block, AnnotationLayers.Serialize(MentionLink.Of(doc, doc.Mentions[i], ontology))));
            }
        }

        var states = articles.Select(a => new KeyValuePair<string, string>(a.Id, AnnotationLayers.Serialize(
            new IndexedArticleState(entities.Keys.GetValueOrDefault(a.Id) ?? new SortedDictionary<string, string>(StringComparer.Ordinal), refinements.TryGetValue(a.Id, out var r) ? r.Published with { EvidenceText = null } : null) { Appended = true })))
            .ToList();
        var added = store.ListDocuments(ids).Select(d => refinements.TryGetValue(d.Id, out var r) ? TimelineBuilder.Refined(d, new Dictionary<string, PublicationDate> { [d.Id] = r.Published }) : d).ToList();
        var order = DocumentOrderInsertion.Insert(store, added, indexedBefore) ?? FullOrder(store, refinements);

        store.WriteCorpusIndex(new CorpusIndexWrite([], states, mentions, events, null)
        {
            RemovedEvents = removed.Distinct().Order().ToList(),
            EntityUpserts = entities.Upserts,
            DocumentOrder = order,
            ExpectedIndexedArticles = indexedBefore,
        });
        return new CorpusIndexUpdate(articles.Count, 0, mentions.Count, 0, 0, mentions.Count, events.Count, resolve, TimeSpan.Zero, link, fuse, clock.Elapsed)
        {
            EventsKept = seeds.Count - removed.Distinct().Count(),
            Appended = true,
            Redated = refinements.Count,
        };
    }

    /// <summary>Every document in the timeline's order, the appended ones with their refined dates (for a store that keeps no order to insert them into).</summary>
    private static List<string> FullOrder(ICorpusIndexStore store, Dictionary<string, UndatedArticleRefiner.Refinement> refinements)
    {
        var listed = store.ListDocuments();
        var refined = IndexedArticleState.RefinedDates(store.ReadIndexedArticles());
        foreach (var (id, refinement) in refinements)
        {
            refined[id] = refinement.Published;
        }

        return TimelineBuilder.Ordered(listed, refined).Select(d => d.Id).ToList();
    }

    /// <summary>One stored event an appended mention may join: its row, block, sort key and what fusion needs of it.</summary>
    private sealed record Candidate(long Row, long Block, string SortKey, SeedEvent Seed);

    /// <summary>
    /// The stored events that share a participant with a new mention and start near its time, with
    /// their sources' documents as fusion reads them (dates from the document list, text holding only
    /// the sources' sentences).
    /// </summary>
    private static List<Candidate> ReadSeeds(ICorpusIndexStore store, IReadOnlyList<DocumentEvents> documents, Dictionary<long, Candidate> known)
    {
        var windows = new Dictionary<string, List<(int From, int To)>>(StringComparer.Ordinal);
        var undatedWanted = new HashSet<string>(StringComparer.Ordinal);
        var days = new HashSet<int>();
        foreach (var doc in documents)
        {
            foreach (var mention in doc.Mentions)
            {
                var (start, end) = EventFuser.Interval(doc, mention);

                // A mention without participants joins an event of its type told on its day, or in its
                // place on its day, whoever that event names.
                if (start is { } day && end == day && mention.Actors.Count == 0 && mention.Targets.Count == 0)
                {
                    days.Add(day.DayNumber);
                }

                (int From, int To)? window = start is not null || end is not null
                    ? ((start ?? end)!.Value.DayNumber - LongEventDays, (end ?? start)!.Value.DayNumber)
                    : doc.WrittenAbout.From is { } from ? (from.DayNumber - RecentDays, (doc.WrittenAbout.To ?? from).DayNumber + RecentDays)
                    : (int.MinValue, int.MaxValue);
                foreach (var key in mention.Actors.Concat(mention.Targets).Where(p => p.Type != "NORP").Select(p => p.EntityKey))
                {
                    if (!windows.TryGetValue(key, out var list))
                    {
                        windows[key] = list = [];
                    }

                    list.Add(window.Value);
                    if (start is null && end is null)
                    {
                        undatedWanted.Add(key);
                    }
                }
            }
        }

        var rows = new HashSet<long>();
        foreach (var (key, list) in windows.OrderBy(x => x.Key, StringComparer.Ordinal))
        {
            foreach (var (row, sortKey) in store.ReadEventKeys(key))
            {
                if (EventOrder.Day(sortKey) is { } day ? list.Exists(w => day >= w.From && day <= w.To) : undatedWanted.Contains(key))
                {
                    rows.Add(row);
                }
            }
        }

        foreach (var day in days.Order())
        {
            rows.UnionWith(store.ReadEventKeysOnDays(day, day).Select(e => e.Row));
        }

        // Events read for the first pass are not read again for the second (after undated articles were dated).
        var stored = store.ReadBlockEventsByRow(rows.Where(r => !known.ContainsKey(r)).ToList())
            .Select(e => (Row: e, Event: EventJsonReader.ReadFusedEvent(e.Json))).Where(x => x.Event.Sources.Count > 0).ToList();
        var sourceDocuments = SourceDocuments(store, stored.SelectMany(x => x.Event.Sources).ToList());
        foreach (var (row, e) in stored)
        {
            known[row.Id] = new Candidate(row.Id, row.Block, row.SortKey,
                new SeedEvent(e, e.Sources.Select(s => s.DocumentId).Distinct(StringComparer.Ordinal).Select(id => sourceDocuments[id]).ToList()));
        }

        return rows.Order().Where(known.ContainsKey).Select(r => known[r]).ToList();
    }

    /// <summary>Each source document (by its fusion key) with its dates and a text that holds the sources' sentences in place.</summary>
    private static Dictionary<string, DocumentEvents> SourceDocuments(ICorpusIndexStore store, IReadOnlyList<EventSource> sources)
    {
        var keys = sources.Select(s => s.DocumentId).ToHashSet(StringComparer.Ordinal);
        var articleIds = keys.Select(DocumentKeys.ArticleId).ToHashSet(StringComparer.Ordinal);
        var refinedDates = IndexedArticleState.RefinedDates(store.ReadIndexedArticles(articleIds));
        var summaries = TimelineBuilder.Ordered(store.ListDocuments(articleIds), refinedDates).ToDictionary(d => d.Id, StringComparer.Ordinal);
        var texts = new Dictionary<string, char[]>(StringComparer.Ordinal);
        foreach (var s in sources)
        {
            var start = Math.Max(0, s.Mention.SentenceSpan.Start);
            var length = Math.Max(start + s.Sentence.Length, texts.TryGetValue(s.DocumentId, out var t) ? t.Length : 0);
            if (t is null || t.Length < length)
            {
                var grown = new char[length];
                Array.Fill(grown, ' ');
                t?.CopyTo(grown, 0);
                texts[s.DocumentId] = t = grown;
            }

            s.Sentence.CopyTo(0, t, start, s.Sentence.Length);
        }

        var result = new Dictionary<string, DocumentEvents>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var articleId = DocumentKeys.ArticleId(key);
            var text = new string(texts[key]);
            if (!summaries.TryGetValue(articleId, out var d))
            {
                result[key] = new DocumentEvents(key, null, DateEvidence.Unknown, text, []);
                continue;
            }

            result[key] = new DocumentEvents(key, d.Published, d.PublishedEvidence, text, [])
            {
                Written = d.PublishedEvidence == DateEvidence.Explicit ? (d.Published, d.Published)
                    : refinedDates.ContainsKey(articleId) ? (d.PublishedEarliest ?? d.Published, d.PublishedLatest ?? d.Published)
                    : (d.PublishedEarliest, d.PublishedLatest),
            };
        }

        return result;
    }

    /// <summary>How many events name each key the extension's events may name: stored ones (the new ones are counted by the fuser).</summary>
    private static Dictionary<string, int> KeyFrequency(ICorpusIndexStore store, List<Candidate> seeds, IReadOnlyList<DocumentEvents> documents)
    {
        var keys = seeds.SelectMany(s => s.Seed.Event.Actors.Concat(s.Seed.Event.Targets))
            .Concat(documents.SelectMany(d => d.Mentions).SelectMany(m => m.Actors.Concat(m.Targets)).Select(p => p.EntityKey))
            .ToHashSet(StringComparer.Ordinal);
        return keys.Order(StringComparer.Ordinal).ToDictionary(k => k, k => store.ReadEventRows(k).Count, StringComparer.Ordinal);
    }

    /// <summary>Whether two sort keys agree on day, first source and trigger (they differ at most in the rank that follows).</summary>
    private static bool SamePlace(string stored, string key) =>
        stored.Length >= key.Length - 9 && string.CompareOrdinal(stored, 0, key, 0, key.Length - 9) == 0;
}
