using Chronicle.Collections;
using Chronicle.Entities.Resolution;
using Chronicle.Events;
using Chronicle.Fusion;
using Chronicle.Pipeline;
using Chronicle.Storage;
using Chronicle.Timeline;

namespace Chronicle.Corpus;

/// <summary>What one index update did: articles taken in, blocks re-fused, events written, and the time each phase took.</summary>
public sealed record CorpusIndexUpdate(int NewArticles, int RecomputedArticles, int NewMentions, int BlocksFused, int LargestBlock, int MentionsFused, int EventsWritten, TimeSpan Resolve, TimeSpan Refine, TimeSpan Link, TimeSpan Fuse, TimeSpan Write)
{
    public static CorpusIndexUpdate UpToDate { get; } = new(0, 0, 0, 0, 0, 0, 0, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);

    /// <summary>Mentions the first fusion (which dates undated articles) fused again.</summary>
    public int FirstMentionsFused { get; init; }

    /// <summary>Articles without a stated date that were dated again (what other articles say of them changed).</summary>
    public int Redated { get; init; }

    /// <summary>Events of the blocks fused again that came out as stored, under the block's old number, and were not written again.</summary>
    public int EventsKept { get; init; }

    /// <summary>Whether the new articles were appended (<see cref="CorpusAppend"/>) rather than fused exactly.</summary>
    public bool Appended { get; init; }
}

/// <summary>
/// When <see cref="CorpusIndex.Update"/> appends new articles instead of updating exactly: when the index
/// already holds at least <paramref name="AppendFrom"/> articles and the new ones are at most
/// <paramref name="AppendShare"/> of them. Below that size the exact update takes seconds; a large batch
/// changes enough that fusing its blocks again is worth it.
/// </summary>
public sealed record CorpusIndexPolicy(int AppendFrom, double AppendShare)
{
    public static CorpusIndexPolicy Default { get; } = new(5_000, 0.05);

    public static CorpusIndexPolicy Exact { get; } = new(int.MaxValue, 0);
}

/// <summary>
/// Keeps the store's cross-article index up to date: resolves entities across the articles, works out
/// which event mentions fusion could ever put together (<see cref="FusionBlocks"/>), and re-runs
/// <see cref="EventFuser.FuseAll"/> only over the blocks that new articles (or entity ids that moved)
/// touch, keeping every other block's events as stored. The result is the same as indexing every
/// article from scratch: a block's events depend on its mentions alone.
/// </summary>
public sealed class CorpusIndex(EventFuser fuser, EntityResolver resolver, EventOntology ontology, CorpusIndexPolicy policy)
{
    /// <summary>Appends a few new articles to a large index (<see cref="CorpusIndexPolicy.Default"/>); otherwise the exact update.</summary>
    public static CorpusIndex Default { get; } = new(EventFuser.Default, EntityResolver.Default, EventOntology.Default, CorpusIndexPolicy.Default);

    /// <summary>Always the exact update, which also takes in again the articles an append took in: the index a build from scratch gives.</summary>
    public static CorpusIndex Exact { get; } = new(EventFuser.Default, EntityResolver.Default, EventOntology.Default, CorpusIndexPolicy.Exact);

    /// <summary>Whether every stored article is in the index.</summary>
    public static bool IsUpToDate(ICorpusIndexStore store) => store.CountIndexedArticles() == store.Count;

    /// <summary>
    /// Brings the index up to date with the store's articles; does nothing when it already is (and, for
    /// the exact policy, no article was appended). A few new articles in a large index are appended
    /// (<see cref="CorpusAppend"/>); otherwise the update is exact.
    /// </summary>
    public CorpusIndexUpdate Update(ICorpusIndexStore store)
    {
        ArgumentNullException.ThrowIfNull(store);

        // An update is a batch job: background (concurrent) collection lets the heap grow while it marks
        // and costs CPU on the other core; without it a 100,000-article build peaked lower and took less
        // CPU (docs/scaling.md). Ingest keeps it: its parallel workers lost more to blocking collections.
        var latency = System.Runtime.GCSettings.LatencyMode;
        var batch = TrySetLatency(System.Runtime.GCLatencyMode.Batch);
        try
        {
            // Another process (a server, a second command) may update the index while this one works out
            // its update: the write then refuses, and the update is worked out again from what it wrote.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    var update = UpdateOnce(store);
                    FillShownEvents(store);
                    DateTwins.Fill(store);
                    return update;
                }
                catch (IndexMovedException) when (attempt < 3)
                {
                }
            }
        }
        finally
        {
            if (batch)
            {
                TrySetLatency(latency);
            }
        }
    }

    /// <summary>
    /// Sets the collector's latency mode unless collections are held off (GC.TryStartNoGCRegion, by a command
    /// reading a short timeline, here or on another thread): the runtime refuses any other mode while that holds.
    /// </summary>
    private static bool TrySetLatency(System.Runtime.GCLatencyMode mode)
    {
        if (System.Runtime.GCSettings.LatencyMode == System.Runtime.GCLatencyMode.NoGCRegion)
        {
            return false;
        }

        try
        {
            System.Runtime.GCSettings.LatencyMode = mode;
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>
    /// Makes the shown forms (<see cref="ShownEvents"/>) of the events an index stored before it kept them,
    /// a batch at a time on every core; once none is left the store answers at once.
    /// </summary>
    private static void FillShownEvents(ICorpusIndexStore store)
    {
        long after = 0;
        while (store.ReadEventsWithoutShown(after, 1024) is { Count: > 0 } batch)
        {
            store.WriteShownEvents(CorpusTimeline.ParseAll(batch, stored =>
            {
                var e = EventJsonReader.ReadFusedEvent(stored.Json);
                return (stored.Id, ShownEvents.Documents(e), ShownEvents.Of(e));
            }));
            after = batch[^1].Id;
        }
    }

    private CorpusIndexUpdate UpdateOnce(ICorpusIndexStore store)
    {
        var indexedCount = store.CountIndexedArticles();
        var pending = store.Count - indexedCount;
        if (pending == 0 && (policy.AppendFrom != int.MaxValue || !store.HasAppendedArticles()))
        {
            return CorpusIndexUpdate.UpToDate;
        }

        if (indexedCount >= policy.AppendFrom && pending <= indexedCount * policy.AppendShare)
        {
            return new CorpusAppend(fuser, resolver, ontology).Append(store);
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        // An appended article is taken in again as if it were new: its mentions went into the stored
        // events as they stood, and its entities were matched by name alone.
        var indexed = store.ReadIndexedArticles().Where(x => !x.Value.Contains(IndexedArticleState.AppendedMarker, StringComparison.Ordinal)).ToDictionary(StringComparer.Ordinal);
        var articleEntities = CorpusEntities.ReadArticleEntities(store).ToList();
        var resolved = Resolve(store, indexed, articleEntities);
        // One string for each distinct string of the key maps and documents held (local keys, types, lemmas, names, resolved keys).
        var pool = new StringPool();

        var keyMaps = new Dictionary<string, KeyMap>(StringComparer.Ordinal);
        foreach (var (articleId, map) in ResolvedKeys.MapEach(articleEntities, resolved))
        {
            keyMaps[articleId] = new KeyMap(map, pool.Share);
        }

        // The entities wait on disk for the write (the resolved list is hundreds of MB at 100,000 articles).
        using var entities = new Spill<NewStoredEntity>(WriteEntity, ReadEntity);
        foreach (var e in resolved)
        {
            entities.Add(new NewStoredEntity(e.Id, e.Mentions, AnnotationLayers.Serialize(e), e.AllNames.Select(CorpusEntities.Normalise).Distinct(StringComparer.Ordinal).ToList()));
        }
        var documents = store.ListDocuments();
        var resolve = clock.Elapsed;
        clock.Restart();
        // Articles as fusion reads them before any refinement: the first fusion's input, and the main
        // fusion's for every article the first fusion leaves as it was.
        // Both wait on disk between the blocks that read them (every article's events were most of the heap).
        using var unrefined = new SpilledDocuments();
        DocumentEvents LoadUnrefined(string articleId, IReadOnlySet<int>? mentions)
        {
            if (!unrefined.Contains(articleId))
            {
                var doc = ReadDocument(store, articleId, keyMaps.GetValueOrDefault(articleId), null, pool.Share);
                unrefined.Add(articleId, doc);
                if (mentions is null)
                {
                    return doc;
                }
            }

            return unrefined.Read(articleId, mentions);
        }

        // What the index knew: each article's state, and its stored links where they are those of the
        // article as read before refinement under its current entity ids (the first fusion's input).
        var stored = store.ReadMentionLinks();
        var storedLinks = stored.Select(m => AnnotationLayers.Deserialize<MentionLink>(m.Link)!).ToList();
        var stale = stored.Where((m, i) => !storedLinks[i].StartKnown).Select(m => m.ArticleId).ToHashSet(StringComparer.Ordinal);
        var linksOf = new Dictionary<string, List<(string Json, MentionLink Link)>>(StringComparer.Ordinal);
        for (var i = 0; i < stored.Count; i++)
        {
            if (!linksOf.TryGetValue(stored[i].ArticleId, out var list))
            {
                linksOf[stored[i].ArticleId] = list = [];
            }

            list.Add((stored[i].Link, storedLinks[i]));
        }

        var states = indexed.ToDictionary(x => x.Key, x => AnnotationLayers.Deserialize<IndexedArticleState>(x.Value)!, StringComparer.Ordinal);
        var known = new Dictionary<string, FirstFusion.Known>(StringComparer.Ordinal);
        foreach (var (id, state) in states)
        {
            var asRead = state.Refined is null && !stale.Contains(id)
                && IndexedArticleState.KeysState(state.Keys) == IndexedArticleState.KeysState(keyMaps.GetValueOrDefault(id)?.ToSorted());
            known[id] = new FirstFusion.Known(state, asRead ? linksOf.GetValueOrDefault(id) ?? [] : null);
        }

        var first = FirstFusion.Refine(store, documents, known, LoadUnrefined, fuser, ontology);

        // Articles whose mentions must be linked again: new ones, those whose entity ids or refined date
        // moved, and those whose stored links lack what the block rules now read (stored by an older
        // version). Besides them, articles where only what they were dated from moved have their state rewritten.
        // The states to write wait on disk (every article's, in a build).
        var articles = new HashSet<string>(StringComparer.Ordinal);
        using var written = new Spill<KeyValuePair<string, string>>(WriteState, ReadState);
        var newArticles = 0;
        foreach (var document in documents)
        {
            var keys = keyMaps.GetValueOrDefault(document.Id)?.ToSorted();
            var refined = first.Dates.GetValueOrDefault(document.Id);
            var state = IndexedArticleState.Serialize(keys, refined, first.Datings.GetValueOrDefault(document.Id));
            if (!states.TryGetValue(document.Id, out var old))
            {
                newArticles++;
                articles.Add(document.Id);
                written.Add(new(document.Id, state));
            }
            else if (old.LinkState() != IndexedArticleState.Serialize(keys, refined) || stale.Contains(document.Id))
            {
                articles.Add(document.Id);
                written.Add(new(document.Id, state));
            }
            else if (indexed[document.Id] != state)
            {
                written.Add(new(document.Id, state));
            }
        }

        first.ForgetDatings();
        var refine = clock.Elapsed;
        clock.Restart();
        using var loaded = new SpilledDocuments();
        DocumentEvents Load(string articleId, IReadOnlySet<int>? mentions)
        {
            if (loaded.Contains(articleId))
            {
                return loaded.Read(articleId, mentions);
            }

            if (first.Refinement(articleId) is not { } refinement)
            {
                return LoadUnrefined(articleId, mentions);
            }

            // The article as read before refinement is not fused again.
            unrefined.Remove(articleId);
            var doc = ReadDocument(store, articleId, keyMaps.GetValueOrDefault(articleId), refinement, pool.Share);
            loaded.Add(articleId, doc);
            return mentions is null ? doc : loaded.Read(articleId, mentions);
        }

        var oldBlockSize = stored.GroupBy(m => m.Block).ToDictionary(g => g.Key, g => g.Count());
        // Each mention with its stored link's JSON; a fresh link's JSON waits on disk, in the mentions' order
        // (holding every mention's JSON was hundreds of MB at 100,000 articles). The links themselves are
        // only needed to find the blocks, and go before the blocks' documents are read.
        var mentions = new List<(string ArticleId, int Index, long? OldBlock, string? Json)>();
        var links = new List<(string ArticleId, MentionLink Link)>();
        using var freshJson = new Spill<string>((writer, json) => writer.Write(json), reader => reader.ReadString());
        for (var i = 0; i < stored.Count; i++)
        {
            var m = stored[i];
            if (!articles.Contains(m.ArticleId))
            {
                mentions.Add((m.ArticleId, m.Index, m.Block, m.Link));
                links.Add((m.ArticleId, storedLinks[i]));
            }
        }

        foreach (var articleId in articles.Order(StringComparer.Ordinal))
        {
            var doc = Load(articleId, null);
            for (var i = 0; i < doc.Mentions.Count; i++)
            {
                var link = MentionLink.Of(doc, doc.Mentions[i], ontology);
                mentions.Add((articleId, i, null, null));
                links.Add((articleId, link));
                freshJson.Add(AnnotationLayers.Serialize(link));
            }
        }

        // Every article linked again is now held on disk as fusion reads it: its key map is not read again
        // (in a build, none is).
        foreach (var articleId in articles)
        {
            keyMaps.Remove(articleId);
        }

        keyMaps.TrimExcess();
        mentions.TrimExcess();
        var components = FusionBlocks.Components(links);
        links.Clear();
        links.TrimExcess();
        var removed = stored.Where(m => articles.Contains(m.ArticleId)).Select(m => m.Block).ToHashSet();
        var dirty = new List<List<int>>();
        foreach (var component in Enumerable.Range(0, mentions.Count).GroupBy(i => components[i]))
        {
            var members = component.ToList();
            var oldBlocks = members.Select(i => mentions[i].OldBlock).Distinct().ToList();
            var unchanged = oldBlocks is [{ } only] && oldBlockSize[only] == members.Count;
            if (!unchanged)
            {
                dirty.Add(members);
                removed.UnionWith(oldBlocks.OfType<long>());
            }
        }

        // A block fused again keeps the number of the old block most of its mentions were in: what
        // comes out as stored (a mention's links, an event's key and JSON) is not written again.
        var oldMentions = new Dictionary<(string ArticleId, int Index), (long Block, string Json)>();
        foreach (var m in stored)
        {
            oldMentions[(m.ArticleId, m.Index)] = (m.Block, m.Link);
        }

        var numbers = BlockNumbers.Assign(
            dirty.Select(members => (IReadOnlyList<long?>)members.Select(i => oldMentions.TryGetValue((mentions[i].ArticleId, mentions[i].Index), out var o) ? o.Block : (long?)null).ToList()).ToList(),
            store.NextBlockId());
        removed.ExceptWith(numbers);
        // The stored events of those blocks by key and a hash of their JSON (holding every JSON would cost memory).
        var keptEvents = new Dictionary<(long Block, string SortKey, string Json), Stack<long>>();
        var storedEvents = 0;
        foreach (var e in store.ReadBlockEvents(numbers.Where(oldBlockSize.ContainsKey).ToList()))
        {
            storedEvents++;
            var key = (e.Block, e.SortKey, JsonHash(e.Json));
            if (!keptEvents.TryGetValue(key, out var ids))
            {
                keptEvents[key] = ids = new Stack<long>();
            }

            ids.Push(e.Id);
        }

        var placed = new HashSet<(string ArticleId, int Index)>();
        var linking = clock.Elapsed;
        clock.Restart();
        // What is written waits on disk until the write: every new event's JSON was gigabytes at 100,000 articles.
        using var newMentions = new Spill<StoredMentionLink>(WriteMention, ReadMention);
        using var newEvents = new Spill<NewStoredEvent>(WriteEvent, ReadEvent);
        var mentionsFused = 0;
        // Each mention's new block (0: its block is not fused again; block numbers start at 1).
        var blockOf = new long[mentions.Count];
        for (var d = 0; d < dirty.Count; d++)
        {
            var (members, block) = (dirty[d], numbers[d]);
            var docs = new List<DocumentEvents>();
            foreach (var group in members.GroupBy(i => mentions[i].ArticleId, StringComparer.Ordinal))
            {
                docs.Add(Load(group.Key, group.Select(i => mentions[i].Index).ToHashSet()));
            }

            foreach (var i in members)
            {
                blockOf[i] = block;
            }

            mentionsFused += members.Count;

            // An event is stored without its number in the block (the timeline numbers events globally),
            // so that it reads the same when events come before it.
            // Each event is written as fusion builds it: a large block's events at once were the build's peak.
            var sortKeys = new EventOrder.BlockSortKeyer();
            foreach (var e in fuser.FuseEach(docs))
            {
                var sortKey = sortKeys.Next(e);
                var json = AnnotationLayers.Serialize(e with { Id = string.Empty });
                if (keptEvents.TryGetValue((block, sortKey, JsonHash(json)), out var ids) && ids.Count > 0)
                {
                    ids.Pop();
                    continue;
                }

                newEvents.Add(StoredEventRows.New(block, sortKey, json, e));
            }
        }

        // The mentions of the blocks fused again, in the mentions' order (the store reads them by article and index).
        using (var fresh = freshJson.GetEnumerator())
        {
            for (var i = 0; i < mentions.Count; i++)
            {
                var m = mentions[i];
                var json = m.Json ?? (fresh.MoveNext() ? fresh.Current : throw new InvalidOperationException("A fresh mention link was not spilled."));
                if (blockOf[i] == 0)
                {
                    continue;
                }

                if (!oldMentions.TryGetValue((m.ArticleId, m.Index), out var old))
                {
                    newMentions.Add(new StoredMentionLink(m.ArticleId, m.Index, blockOf[i], json));
                    continue;
                }

                // Only stored mentions can go unplaced (a build stores none: every mention was one entry more).
                placed.Add((m.ArticleId, m.Index));
                if (old.Block != blockOf[i] || old.Json != json)
                {
                    newMentions.Add(new StoredMentionLink(m.ArticleId, m.Index, blockOf[i], json));
                }
            }
        }

        var removedEvents = keptEvents.Values.SelectMany(ids => ids).Order().ToList();
        var eventsKept = storedEvents - removedEvents.Count;
        var removedMentions = stored.Where(m => articles.Contains(m.ArticleId) && !placed.Contains((m.ArticleId, m.Index))).Select(m => (m.ArticleId, m.Index)).ToList();

        var fuse = clock.Elapsed;
        clock.Restart();
        // The refined mentions worked out now are kept; those of articles that lost their refined date go.
        var refinedEvents = first.ComputedRefinements().ToDictionary(x => x.Key, x => (string?)x.Value, StringComparer.Ordinal);
        foreach (var (id, state) in states)
        {
            if (state.Refined is not null && !first.Dates.ContainsKey(id))
            {
                refinedEvents[id] = null;
            }
        }

        store.WriteCorpusIndex(new CorpusIndexWrite(removed, written, newMentions, newEvents, newArticles > 0 || articles.Count > 0 ? entities : null, refinedEvents)
        {
            RemovedEvents = removedEvents,
            RemovedMentions = removedMentions,
            DocumentOrder = TimelineBuilder.Ordered(documents, first.Dates).Select(d => d.Id).ToList(),
            ExpectedIndexedArticles = indexedCount,
        });
        return new CorpusIndexUpdate(newArticles, articles.Count, mentions.Count(m => m.OldBlock is null), dirty.Count, dirty.Select(d => d.Count).DefaultIfEmpty(0).Max(), mentionsFused, newEvents.Count, resolve, refine, linking, fuse, clock.Elapsed)
        {
            FirstMentionsFused = first.MentionsFused,
            Redated = first.Redated,
            EventsKept = eventsKept,
        };
    }

    /// <summary>
    /// The entities of every article: resolved from scratch for a new index, else from the stored
    /// ones (the resolution of the indexed articles), resolving again only what the new articles reach.
    /// </summary>
    private IReadOnlyList<Entity> Resolve(ICorpusIndexStore store, IReadOnlyDictionary<string, string> indexed, IReadOnlyList<Entities.Linking.ArticleEntities> articles)
    {
        if (indexed.Count == 0)
        {
            return resolver.Resolve(articles);
        }

        var previous = store.ReadEntities(null).Select(e => AnnotationLayers.Deserialize<Entity>(e.Json)!).ToList();
        var added = articles.Select(a => a.ArticleId).Where(id => !indexed.ContainsKey(id)).ToHashSet(StringComparer.Ordinal);
        return resolver.Update(articles, added, previous);
    }

    private static void WriteState(BinaryWriter writer, KeyValuePair<string, string> state)
    {
        writer.Write(state.Key);
        writer.Write(state.Value);
    }

    private static KeyValuePair<string, string> ReadState(BinaryReader reader) => new(reader.ReadString(), reader.ReadString());

    private static void WriteEvent(BinaryWriter writer, NewStoredEvent e)
    {
        writer.Write(e.Block);
        writer.Write(e.SortKey);
        writer.Write(e.Json);
        SpillRecords.WriteStrings(writer, e.EntityKeys);
        writer.Write(e.Head ?? string.Empty);
        writer.Write(e.Documents ?? string.Empty);
        writer.Write(e.Shown ?? string.Empty);
    }

    private static NewStoredEvent ReadEvent(BinaryReader reader) =>
        new(reader.ReadInt64(), reader.ReadString(), reader.ReadString(), SpillRecords.ReadStrings(reader))
        {
            Head = Present(reader.ReadString()),
            Documents = Present(reader.ReadString()),
            Shown = Present(reader.ReadString()),
        };

    private static string? Present(string value) => value.Length > 0 ? value : null;

    private static void WriteMention(BinaryWriter writer, StoredMentionLink m)
    {
        writer.Write(m.ArticleId);
        writer.Write(m.Index);
        writer.Write(m.Block);
        writer.Write(m.Link);
    }

    private static StoredMentionLink ReadMention(BinaryReader reader) =>
        new(reader.ReadString(), reader.ReadInt32(), reader.ReadInt64(), reader.ReadString());

    private static void WriteEntity(BinaryWriter writer, NewStoredEntity e)
    {
        writer.Write(e.Id);
        writer.Write(e.Mentions);
        writer.Write(e.Json);
        SpillRecords.WriteStrings(writer, e.Names);
    }

    private static NewStoredEntity ReadEntity(BinaryReader reader) =>
        new(reader.ReadString(), reader.ReadInt32(), reader.ReadString(), SpillRecords.ReadStrings(reader));

    private static string JsonHash(string json) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(json)));

    /// <summary>One article's event mentions with resolved participants, under its fusion document key.</summary>
    private static DocumentEvents ReadDocument(ICorpusIndexStore store, string articleId, IReadOnlyDictionary<string, string>? keys, UndatedArticleRefiner.Refinement? refinement, Func<string, string> share) =>
        store.GetArticleForFusion(articleId) is { } article
            ? DocumentEventsReader.Read(article, keys, refinement, share)
            : new DocumentEvents(articleId, null, Model.DateEvidence.Unknown, string.Empty, []);
}
