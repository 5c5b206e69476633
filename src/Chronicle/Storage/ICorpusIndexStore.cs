using Chronicle.Model;

namespace Chronicle.Storage;

/// <summary>
/// A store that also keeps the cross-article index (resolved entities with their aliases, fusion
/// blocks, fused events and the entity-to-events index), so that a timeline reads only what it shows
/// and adding articles re-fuses only what they touch. The index's logic lives in Chronicle.Corpus;
/// the store only keeps rows.
/// </summary>
public interface ICorpusIndexStore : IArticleStore
{
    /// <summary>What the JSON of a stored state with a refined date holds, and that of one without does not: a read can pick those few states by it.</summary>
    const string RefinedStateMarker = "\"refined\":{";

    /// <summary>
    /// A second handle on this store, for reads that run beside this one's; the caller disposes it. Null
    /// where this handle answers concurrent calls itself (PostgreSQL's pool). A SQLite handle answers one
    /// call at a time, and an entity's timeline lists its documents while it reads its events.
    /// </summary>
    ICorpusIndexStore? OpenSideReader();

    /// <summary>The articles the index has taken in, each with its JSON map from article-local entity key to resolved entity id.</summary>
    IReadOnlyDictionary<string, string> ReadIndexedArticles();

    /// <summary>
    /// The stored states (as <see cref="ReadIndexedArticles()"/> gives them) of the given articles only;
    /// with <paramref name="containing"/>, only the states whose JSON contains that text (an entity's
    /// timeline wants the few with a refined date of thousands).
    /// </summary>
    IReadOnlyDictionary<string, string> ReadIndexedArticles(IReadOnlyCollection<string> articleIds, string? containing = null);

    /// <summary>The given articles as the document list shows them (in no set order; ids not stored are left out).</summary>
    IReadOnlyList<DocumentSummary> ListDocuments(IReadOnlyCollection<string> articleIds);

    /// <summary>The given articles' places (1-based) in the timeline's document order, where the index has stored one.</summary>
    IReadOnlyDictionary<string, int> ReadDocumentNumbers(IReadOnlyCollection<string> articleIds);

    /// <summary>The stored document order: article ids, first to last (empty when none is stored).</summary>
    IReadOnlyList<string> ReadDocumentOrder();

    /// <summary>Stores the timeline's document order (article ids, first to last) on its own, writing only the places that moved.</summary>
    void WriteDocumentOrder(IReadOnlyList<string> orderedArticleIds);

    /// <summary>How many articles the index has taken in (articles are never removed, so equal to <see cref="IArticleStore.Count"/> means up to date).</summary>
    int CountIndexedArticles();

    /// <summary>Every indexed event mention's fusion links, with the block it belongs to.</summary>
    IReadOnlyList<StoredMentionLink> ReadMentionLinks();

    /// <summary>Applies one index update in one transaction (<see cref="IndexMovedException"/> when the index moved since the update read it).</summary>
    void WriteCorpusIndex(CorpusIndexWrite write);

    /// <summary>The ids of the entities one of whose names, normalised (lower case, single spaces), is <paramref name="normalisedName"/>.</summary>
    IReadOnlyList<string> FindEntityIds(string normalisedName);

    /// <summary>Every (normalised name, entity id) pair of the alias index.</summary>
    IReadOnlyList<(string Name, string EntityId)> ReadAliases();

    /// <summary>The stored entities (JSON), in the resolver's order; all of them when <paramref name="ids"/> is null.</summary>
    IReadOnlyList<StoredEntity> ReadEntities(IReadOnlyCollection<string>? ids);

    /// <summary>
    /// The stored entities of the given ids in the resolver's order as views show them, each one's JSON,
    /// which may leave out the merge evidence and names (most of a frequent entity's JSON), in the UTF-8 the
    /// store keeps handed to <paramref name="read"/> (a frequent entity's JSON runs to megabytes, which as a
    /// string was decoded to UTF-16 and encoded back to be parsed).
    /// </summary>
    IReadOnlyList<T> ReadShownEntities<T>(IReadOnlyCollection<string> ids, Func<byte[], T> read);

    /// <summary>The mention counts of the entities of the given ids, in the resolver's order, without their JSON (megabytes for a frequent entity).</summary>
    IReadOnlyList<(string Id, int Mentions)> ReadEntityMentions(IReadOnlyCollection<string> ids);

    /// <summary>Every stored entity in the resolver's order, each handed to <paramref name="read"/> as it is read, keeping only what that returns (their JSON at once is hundreds of MB at 100,000 articles).</summary>
    IReadOnlyList<T> ScanEntities<T>(Func<StoredEntity, T> read);

    /// <summary>As <see cref="ScanEntities{T}"/>, each entity's JSON as views show it (<see cref="ReadShownEntities{T}"/>).</summary>
    IReadOnlyList<T> ScanShownEntities<T>(Func<StoredEntity, T> read);

    /// <summary>
    /// What <see cref="ScanShownEntities{T}"/> returns, with <paramref name="read"/> handed the entities in the order
    /// the store keeps them rather than the resolver's: sorting every entity's JSON first (hundreds of MB at
    /// 100,000 articles) took seconds. For a <paramref name="read"/> whose results do not depend on the order.
    /// </summary>
    IReadOnlyList<T> ScanShownEntitiesUnordered<T>(Func<StoredEntity, T> read);

    /// <summary>The fused events (JSON) in their global order; all of them when <paramref name="entityKeys"/> is null, else those with one of the keys as a participant.</summary>
    IReadOnlyList<StoredEvent> ReadEvents(IReadOnlyCollection<string>? entityKeys);

    /// <summary>
    /// Every fused event in its global order, each handed to <paramref name="read"/> (row id, global
    /// number, JSON) as it is read, keeping only what that returns: the JSON of every event is most of
    /// a large store, too much to hold at once.
    /// </summary>
    IReadOnlyList<T> ScanEvents<T>(Func<long, long, string, T> read);

    /// <summary>
    /// As <see cref="ScanEvents"/>, handing each event's head (its JSON without the sources) where one
    /// is stored, else its whole JSON (a store indexed before heads were kept).
    /// </summary>
    IReadOnlyList<T> ScanEventHeads<T>(Func<long, long, string, T> read);

    /// <summary>The row ids of the events with <paramref name="entityKey"/> as a participant (actor or target), in no set order.</summary>
    IReadOnlyList<long> ReadEventRows(string entityKey);

    /// <summary>The events with the given row ids (as <see cref="ScanEvents"/> and <see cref="ReadEventRows"/> give them), in their global order.</summary>
    IReadOnlyList<StoredEvent> ReadEventsByRow(IReadOnlyCollection<long> rows);

    /// <summary>
    /// The events involving any of <paramref name="entityKeys"/> as actor or target whose first day
    /// (<see cref="Corpus.EventOrder.Day"/>: null when undated) <paramref name="keep"/> accepts (the keys and days are read
    /// first, then only the kept events), in the global order, as a view reads them instead of their whole JSON: the head, the documents and, when <paramref name="withShown"/>, the shown form the index
    /// stores for each (null where it stores none: the view then reads the event whole by its row). Unless
    /// <paramref name="numbered"/>, every number is 0 and each view carries its sort key instead (a view that
    /// needs the numbers of a few of many events counts only theirs, with <see cref="NumberEvents"/>).
    /// </summary>
    IReadOnlyList<StoredEventView> ReadEventViews(IReadOnlyCollection<string> entityKeys, Func<int?, bool> keep, bool withShown, bool numbered = true);

    /// <summary>
    /// Whether the store keeps each event's nearest possible twin (<see cref="Corpus.DateTwins"/>); views of a store
    /// that does not judge the date partners of the events they show each time.
    /// </summary>
    bool KeepsDateTwins { get; }

    /// <summary>Whether every stored event's twin is judged: only then may a view read the twins instead of judging partners.</summary>
    bool DateTwinsReady();

    /// <summary>The rows of the events whose twin is not judged yet (new ones, and those whose twin went), in row order.</summary>
    IReadOnlyList<long> ReadUnjudgedEvents();

    /// <summary>The twin of each judged event among <paramref name="rows"/> (null: judged, none).</summary>
    IReadOnlyDictionary<long, long?> ReadDateTwins(IReadOnlyCollection<long> rows);

    /// <summary>The events whose twin is one of <paramref name="rows"/>, each with that twin.</summary>
    IReadOnlyList<(long Row, long Twin)> ReadDateTwinsOf(IReadOnlyCollection<long> rows);

    /// <summary>Stores the twins of the given events, in place of what was stored for them.</summary>
    void WriteDateTwins(IReadOnlyCollection<(long Row, long? Twin)> twins);

    /// <summary>The rows of the events <see cref="ReadEventViews"/> would read, without reading them.</summary>
    IReadOnlyCollection<long> ReadEventRows(IReadOnlyCollection<string> entityKeys, Func<int?, bool> keep);

    /// <summary>The global numbers (v1..) of the events with the given sort keys (<see cref="StoredEventView.SortKey"/>), by sort key.</summary>
    IReadOnlyDictionary<string, long> NumberEvents(IReadOnlyCollection<string> sortKeys);

    /// <summary>
    /// As <see cref="ReadEventViews(IReadOnlyCollection{string}, Func{int?, bool}, bool, bool)"/>, for the events of the
    /// given rows; unless <paramref name="numbered"/>, by row with every number 0 (a caller that knows the
    /// numbers from the events' heads spares the store counting them: a large selection of undated events
    /// is counted within one day).
    /// </summary>
    IReadOnlyList<StoredEventView> ReadEventViewsByRow(IReadOnlyCollection<long> rows, bool withShown, bool numbered = true);

    /// <summary>
    /// Events after row <paramref name="after"/> whose shown forms are still to make (stored before the
    /// index kept them), at most <paramref name="limit"/>, by row. The store records when none is left,
    /// so that the question costs nothing after that.
    /// </summary>
    IReadOnlyList<StoredBlockEvent> ReadEventsWithoutShown(long after, int limit);

    /// <summary>Stores the documents and shown form (null: none can be made) of stored events by row.</summary>
    void WriteShownEvents(IReadOnlyList<(long Row, string Documents, string? Shown)> shown);

    /// <summary>
    /// The events the article is a source of, in their global order: those of the blocks that hold one
    /// of its event mentions whose JSON names the article's id (a store may return more, never fewer; a
    /// block of a frequent participant can hold thousands of events from other articles).
    /// </summary>
    IReadOnlyList<StoredEvent> ReadArticleEvents(string articleId);

    /// <summary>The article with its text, date and event layer only (no sentences, no other layer): what fusion reads of it; null when absent.</summary>
    Article? GetArticleForFusion(string id);

    /// <summary>
    /// The event mentions of an article dated by other articles, as read again against that date
    /// (JSON; "null" when the date changed nothing they resolve against); null when none are stored.
    /// </summary>
    string? ReadRefinedEvents(string articleId);

    /// <summary>The ids of the stored articles the index has not taken in, in id order.</summary>
    IReadOnlyList<string> ListUnindexedArticles();

    /// <summary>Whether some indexed article was appended (taken into stored events as they stood) rather than fused with the rest.</summary>
    bool HasAppendedArticles();

    /// <summary>The row ids and sort keys of the events with <paramref name="entityKey"/> as a participant, in no set order.</summary>
    IReadOnlyList<(long Row, string SortKey)> ReadEventKeys(string entityKey);

    /// <summary>The row ids and sort keys of the events whose first day (the day their sort key starts with) lies from <paramref name="fromDay"/> to <paramref name="toDay"/> (<see cref="DateOnly.DayNumber"/>s).</summary>
    IReadOnlyList<(long Row, string SortKey)> ReadEventKeysOnDays(int fromDay, int toDay);

    /// <summary>The stored events with the given row ids, each with its block and sort key, in row order.</summary>
    IReadOnlyList<StoredBlockEvent> ReadBlockEventsByRow(IReadOnlyCollection<long> rows);

    /// <summary>A block number never used before in this store.</summary>
    long NextBlockId();

    /// <summary>The stored events of the given blocks, each with its row id and sort key, so that an update writes only the events that changed.</summary>
    IReadOnlyList<StoredBlockEvent> ReadBlockEvents(IReadOnlyCollection<long> blocks);
}

/// <summary>One stored event as an update compares it: row id, block, sort key and JSON.</summary>
public sealed record StoredBlockEvent(long Id, long Block, string SortKey, string Json);

/// <summary>One event mention's fusion links as the index stores them.</summary>
public sealed record StoredMentionLink(string ArticleId, int Index, long Block, string Link);

/// <summary>
/// One fused event as stored: its global number (1-based), block, and JSON in the UTF-8 the store keeps
/// (the serializer reads it as it is: an entity's events run to tens of megabytes, which as strings
/// were decoded to UTF-16 and encoded back).
/// </summary>
public sealed record StoredEvent(long Number, long Block, byte[] Utf8Json);

/// <summary>
/// One fused event as a view reads it (<see cref="ICorpusIndexStore.ReadEventViews"/>): its global number, row,
/// and the forms the index stores for it, each null where none is stored: its head (the event's JSON
/// without sources), its sources' documents (a JSON array of article ids) and its shown form (UTF-8 JSON,
/// <see cref="Corpus.ShownEvents"/>). <paramref name="SortKey"/>, its place in the global order, is given
/// where the number is not counted.
/// </summary>
public sealed record StoredEventView(long Number, long Row, string? Head, string? Documents, byte[]? Shown, string? SortKey = null);

/// <summary>One resolved entity as stored: id, mention count and JSON.</summary>
public sealed record StoredEntity(string Id, int Mentions, string Json);

/// <summary>One new fused event: its block, its key in the global order, its JSON and its participants' entity keys.</summary>
public sealed record NewStoredEvent(long Block, string SortKey, string Json, IReadOnlyList<string> EntityKeys)
{
    /// <summary>The event without its sources (JSON of the same shape), for views that pick events by their heads; null stores none.</summary>
    public string? Head { get; init; }

    /// <summary>The distinct documents (article ids) its sources cite, as a JSON array, for date conflicts between events; null stores none.</summary>
    public string? Documents { get; init; }

    /// <summary>The event as a timeline shows it, with its own conflicts (<see cref="Corpus.ShownEvents"/>); null stores none.</summary>
    public string? Shown { get; init; }
}

/// <summary>One resolved entity to store, with the normalised names the alias index should find it by.</summary>
public sealed record NewStoredEntity(string Id, int Mentions, string Json, IReadOnlyList<string> Names);

/// <summary>
/// One update of the index: the blocks it replaces (their mentions and events are dropped), the
/// articles it has now taken in, the mentions whose block or links changed and the events that are
/// new, and the full entity list when entities changed (null keeps the stored ones), and the refined
/// event mentions to store by article (a null value removes an article's). A block fused again under
/// its old number keeps its unchanged events: only <see cref="RemovedEvents"/> go, and the mentions
/// an article no longer has (<see cref="RemovedMentions"/>). The articles (each once), mentions, events and entities may
/// come from disk as they are read (an update of a large corpus does not hold them), and the entities
/// may be read more than once.
/// </summary>
public sealed record CorpusIndexWrite(
    IReadOnlyCollection<long> RemovedBlocks,
    IEnumerable<KeyValuePair<string, string>> Articles,
    IEnumerable<StoredMentionLink> Mentions,
    IEnumerable<NewStoredEvent> Events,
    IEnumerable<NewStoredEntity>? Entities,
    IReadOnlyDictionary<string, string?>? Refined = null)
{
    /// <summary>Row ids of stored events that go (of blocks fused again under their old number).</summary>
    public IReadOnlyCollection<long> RemovedEvents { get; init; } = [];

    /// <summary>Stored mentions (article, index) that go: an article read again with fewer mentions.</summary>
    public IReadOnlyCollection<(string ArticleId, int Index)> RemovedMentions { get; init; } = [];

    /// <summary>
    /// Entities to store or replace one by one, beside the full list of <see cref="CorpusIndexWrite.Entities"/>
    /// (which rewrites the list): an appended article changes a few entities of hundreds of thousands.
    /// A new one goes after every stored entity.
    /// </summary>
    public IReadOnlyCollection<NewStoredEntity> EntityUpserts { get; init; } = [];

    /// <summary>
    /// How many articles the index held when the update read it; when set and the store holds another
    /// number as the write begins (another process updated the index meanwhile), nothing is written and
    /// <see cref="IndexMovedException"/> is thrown.
    /// </summary>
    public int? ExpectedIndexedArticles { get; init; }

    /// <summary>Every article id in the timeline's document order (d1..), when the update knows it; null leaves the stored order.</summary>
    public IReadOnlyList<string>? DocumentOrder { get; init; }
}
