using System.Globalization;
using Chronicle.Model;
using Npgsql;

namespace Chronicle.Storage.Postgres;

/// <summary>
/// The cross-article index's reads in the PostgreSQL store (schema step 3), with the SQLite store's
/// results: a look-up by many ids is one statement over an array parameter, and the orders the output
/// follows are those of "C"-collated columns, SQLite's byte-wise order.
/// </summary>
public sealed partial class PostgresArticleStore
{
    public IReadOnlyDictionary<string, string> ReadIndexedArticles()
    {
        using var connection = dataSource.OpenConnection();
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        using var command = PostgresCommands.Create(connection, null, "SELECT article_id, keys FROM corpus_articles;");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result[reader.GetString(0)] = reader.GetString(1);
        }

        return result;
    }

    public IReadOnlyDictionary<string, string> ReadIndexedArticles(IReadOnlyCollection<string> articleIds, string? containing = null)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        if (containing is not null && !PostgresText.CanHold(containing))
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }

        return ValuesById(
            "SELECT article_id, keys FROM corpus_articles WHERE article_id = ANY(@ids)" + (containing is null ? ";" : " AND strpos(keys, @c) > 0;"),
            articleIds,
            reader => reader.GetString(1),
            containing);
    }

    public IReadOnlyList<DocumentSummary> ListDocuments(IReadOnlyCollection<string> articleIds)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        using var connection = dataSource.OpenConnection();
        using var command = PostgresCommands.Create(connection, null, $"SELECT {StoreReads.DocumentColumns} FROM articles WHERE id = ANY(@ids);", ("ids", PostgresCommands.Texts(articleIds)));
        using var reader = command.ExecuteReader();
        var documents = new List<DocumentSummary>(articleIds.Count);
        while (reader.Read())
        {
            documents.Add(StoreReads.ReadDocument(reader));
        }

        return documents;
    }

    public IReadOnlyDictionary<string, int> ReadDocumentNumbers(IReadOnlyCollection<string> articleIds) =>
        ValuesById("SELECT article_id, number FROM corpus_documents WHERE article_id = ANY(@ids);", articleIds, reader => reader.GetInt32(1));

    /// <summary>The value (read from the first column's id and the rest) of each article id with a row, leaving out ids with none.</summary>
    private Dictionary<string, T> ValuesById<T>(string sql, IReadOnlyCollection<string> articleIds, Func<NpgsqlDataReader, T> read, string? containing = null)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        using var connection = dataSource.OpenConnection();
        using var command = PostgresCommands.Create(connection, null, sql, ("ids", PostgresCommands.Texts(articleIds)));
        if (containing is not null)
        {
            command.Parameters.AddWithValue("c", containing);
        }

        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result[reader.GetString(0)] = read(reader);
        }

        return result;
    }

    public IReadOnlyList<string> ReadDocumentOrder() => Strings("SELECT article_id FROM corpus_documents ORDER BY number;");

    public void WriteDocumentOrder(IReadOnlyList<string> orderedArticleIds)
    {
        ArgumentNullException.ThrowIfNull(orderedArticleIds);
        using var connection = dataSource.OpenConnection();
        using var transaction = connection.BeginTransaction();
        PostgresIndexWriter.Lock(connection, transaction);
        new PostgresIndexWriter(connection, transaction).WriteDocumentOrder(orderedArticleIds);
        transaction.Commit();
    }

    public int CountIndexedArticles()
    {
        using var connection = dataSource.OpenConnection();
        return PostgresIndexWriter.CountIndexedArticles(connection, null);
    }

    public IReadOnlyList<StoredMentionLink> ReadMentionLinks()
    {
        using var connection = dataSource.OpenConnection();
        var result = new List<StoredMentionLink>();
        using var command = PostgresCommands.Create(connection, null, "SELECT article_id, idx, block, link FROM corpus_mentions ORDER BY article_id, idx;");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result.Add(new StoredMentionLink(reader.GetString(0), reader.GetInt32(1), reader.GetInt64(2), reader.GetString(3)));
        }

        return result;
    }

    public void WriteCorpusIndex(CorpusIndexWrite write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var connection = dataSource.OpenConnection();
        using var transaction = connection.BeginTransaction();
        new PostgresIndexWriter(connection, transaction).Write(write);
        transaction.Commit();
    }

    public string? ReadRefinedEvents(string articleId)
    {
        if (articleId is null || !PostgresText.CanHold(articleId))
        {
            return null;
        }

        using var connection = dataSource.OpenConnection();
        using var command = PostgresCommands.Create(connection, null, "SELECT json FROM corpus_refined WHERE article_id = @a;", ("a", articleId));
        return command.ExecuteScalar() as string;
    }

    public IReadOnlyList<string> FindEntityIds(string normalisedName) =>
        normalisedName is not null && !PostgresText.CanHold(normalisedName)
            ? []
            : Strings("SELECT entity_id FROM corpus_aliases WHERE name = @n ORDER BY entity_id;", ("n", normalisedName ?? string.Empty));

    public IReadOnlyList<(string Name, string EntityId)> ReadAliases()
    {
        using var connection = dataSource.OpenConnection();
        using var command = PostgresCommands.Create(connection, null, "SELECT name, entity_id FROM corpus_aliases ORDER BY name, entity_id;");
        using var reader = command.ExecuteReader();
        var result = new List<(string, string)>();
        while (reader.Read())
        {
            result.Add((reader.GetString(0), reader.GetString(1)));
        }

        return result;
    }

    public IReadOnlyList<StoredEntity> ReadEntities(IReadOnlyCollection<string>? ids) =>
        ids is null
            ? ScanEntities(e => e)
            : EntitiesById(ids, reader => new StoredEntity(reader.GetString(1), reader.GetInt32(2), reader.GetString(3)));

    // The shown forms are the stored JSON here: the server keeps large values apart from their rows (TOAST), and the view's reader skips what it does not show.
    public IReadOnlyList<T> ReadShownEntities<T>(IReadOnlyCollection<string> ids, Func<byte[], T> read)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(read);
        return EntitiesById(ids, reader => read(PostgresCommands.Utf8(reader, 3)));
    }

    public IReadOnlyList<(string Id, int Mentions)> ReadEntityMentions(IReadOnlyCollection<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return EntitiesById(ids, reader => (reader.GetString(1), reader.GetInt32(2)), withJson: false);
    }

    /// <summary>
    /// The entities of the given ids in the resolver's order, each row (ordinal, id, mentions, json, the last
    /// null unless <paramref name="withJson"/>) handed to <paramref name="read"/>; put in order here, so that
    /// the server sorts no JSON.
    /// </summary>
    private List<T> EntitiesById<T>(IReadOnlyCollection<string> ids, Func<NpgsqlDataReader, T> read, bool withJson = true)
    {
        using var connection = dataSource.OpenConnection();
        using var command = PostgresCommands.Create(connection, null, "SELECT ordinal, id, mentions, " + (withJson ? "json" : "NULL") + " FROM corpus_entities WHERE id = ANY(@ids);", ("ids", PostgresCommands.Texts(ids)));
        using var reader = command.ExecuteReader();
        var ordered = new List<(long Ordinal, T Entity)>();
        while (reader.Read())
        {
            ordered.Add((reader.GetInt64(0), read(reader)));
        }

        ordered.Sort((a, b) => a.Ordinal.CompareTo(b.Ordinal));
        return ordered.ConvertAll(x => x.Entity);
    }

    /// <summary>The server sorts on its side, so the entities come in the resolver's order here too.</summary>
    public IReadOnlyList<T> ScanShownEntitiesUnordered<T>(Func<StoredEntity, T> read) => ScanEntities(read);

    public IReadOnlyList<T> ScanShownEntities<T>(Func<StoredEntity, T> read) => ScanEntities(read);

    public IReadOnlyList<T> ScanEntities<T>(Func<StoredEntity, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        using var connection = dataSource.OpenConnection();
        var result = new List<T>();
        using var command = PostgresCommands.Create(connection, null, "SELECT id, mentions, json FROM corpus_entities ORDER BY ordinal;");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result.Add(read(new StoredEntity(reader.GetString(0), reader.GetInt32(1), reader.GetString(2))));
        }

        return result;
    }

    public IReadOnlyList<StoredEvent> ReadEvents(IReadOnlyCollection<string>? entityKeys)
    {
        if (entityKeys is null)
        {
            return ScanOrdered("SELECT block, json FROM corpus_events ORDER BY sort_key, id;", (reader, number) => new StoredEvent(number, reader.GetInt64(0), PostgresCommands.Utf8(reader, 1)));
        }

        using var connection = dataSource.OpenConnection();
        var rows = new List<(string SortKey, long Block, byte[] Json)>();
        using (var command = PostgresCommands.Create(connection, null, """
            SELECT e.sort_key, e.block, e.json FROM corpus_events AS e
            WHERE e.id IN (SELECT event_id FROM corpus_event_keys WHERE entity_key = ANY(@keys));
            """, ("keys", PostgresCommands.Texts(entityKeys))))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                rows.Add((reader.GetString(0), reader.GetInt64(1), PostgresCommands.Utf8(reader, 2)));
            }
        }

        return PostgresEventNumbers.Numbered(connection, rows, e => e);
    }

    public IReadOnlyList<StoredEventView> ReadEventViews(IReadOnlyCollection<string> entityKeys, Func<int?, bool> keep, bool withShown, bool numbered = true)
    {
        var kept = ReadEventRows(entityKeys, keep);
        return numbered ? ReadEventViewsByRow(kept, withShown) : ReadEventViewsByRow(kept, withShown, numbered: false).OrderBy(v => v.SortKey, StringComparer.Ordinal).ToList();
    }

    public IReadOnlyCollection<long> ReadEventRows(IReadOnlyCollection<string> entityKeys, Func<int?, bool> keep)
    {
        ArgumentNullException.ThrowIfNull(entityKeys);
        ArgumentNullException.ThrowIfNull(keep);
        return EventKeys("WHERE e.id IN (SELECT event_id FROM corpus_event_keys WHERE entity_key = ANY(@keys))", ("keys", PostgresCommands.Texts(entityKeys)))
            .Where(x => keep(Corpus.EventOrder.Day(x.SortKey)))
            .Select(x => x.Row)
            .ToArray();
    }

    // The twins are kept by the SQLite store alone: views of this one judge the date partners they read.
    public bool KeepsDateTwins => false;

    public bool DateTwinsReady() => false;

    public IReadOnlyList<long> ReadUnjudgedEvents() => [];

    public IReadOnlyDictionary<long, long?> ReadDateTwins(IReadOnlyCollection<long> rows) => new Dictionary<long, long?>();

    public IReadOnlyList<(long Row, long Twin)> ReadDateTwinsOf(IReadOnlyCollection<long> rows) => [];

    public void WriteDateTwins(IReadOnlyCollection<(long Row, long? Twin)> twins) =>
        throw new NotSupportedException("the PostgreSQL store keeps no date twins.");

    public IReadOnlyDictionary<string, long> NumberEvents(IReadOnlyCollection<string> sortKeys)
    {
        ArgumentNullException.ThrowIfNull(sortKeys);
        using var connection = dataSource.OpenConnection();
        return PostgresEventNumbers.NumbersOf(connection, sortKeys);
    }

    public IReadOnlyList<StoredEventView> ReadEventViewsByRow(IReadOnlyCollection<long> rows, bool withShown, bool numbered = true)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var connection = dataSource.OpenConnection();
        var found = new List<(string SortKey, long Row, string? Head, string? Documents, byte[]? Shown)>(rows.Count);
        using (var command = PostgresCommands.Create(
            connection,
            null,
            "SELECT e.sort_key, e.id, h.head, s.documents, " + (withShown ? "s.shown" : "NULL::text") + " FROM corpus_events AS e LEFT JOIN corpus_event_heads AS h ON h.id = e.id LEFT JOIN corpus_event_shown AS s ON s.id = e.id WHERE e.id = ANY(@ids) ORDER BY e.id;",
            ("ids", rows.Distinct().ToArray())))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                found.Add((
                    reader.GetString(0),
                    reader.GetInt64(1),
                    reader.IsDBNull(2) ? null : reader.GetString(2),
                    reader.IsDBNull(3) ? null : reader.GetString(3),
                    reader.IsDBNull(4) ? null : PostgresCommands.Utf8(reader, 4)));
            }
        }

        return numbered
            ? PostgresEventNumbers.Numbered(connection, found, r => r.SortKey, (r, number) => new StoredEventView(number, r.Row, r.Head, r.Documents, r.Shown, r.SortKey))
            : found.Select(r => new StoredEventView(0, r.Row, r.Head, r.Documents, r.Shown, r.SortKey)).ToList();
    }

    public IReadOnlyList<StoredBlockEvent> ReadEventsWithoutShown(long after, int limit)
    {
        // Nothing pending (the usual answer) is told without a write.
        using (var connection = dataSource.OpenConnection())
        using (var pending = PostgresCommands.Create(connection, null, "SELECT EXISTS (SELECT 1 FROM corpus_pending WHERE task = 'shown events');"))
        {
            if (pending.ExecuteScalar() is not true)
            {
                return [];
            }
        }

        var result = BlockEvents(
            """
            SELECT e.id, e.block, e.sort_key, e.json FROM corpus_events AS e
            WHERE e.id > @after AND NOT EXISTS (SELECT 1 FROM corpus_event_shown AS s WHERE s.id = e.id)
            ORDER BY e.id LIMIT @limit;
            """,
            ("after", after),
            ("limit", limit));
        if (result.Count == 0)
        {
            using var connection = dataSource.OpenConnection();
            using var done = PostgresCommands.Create(connection, null, "DELETE FROM corpus_pending WHERE task = 'shown events';");
            done.ExecuteNonQuery();
        }

        return result;
    }

    public void WriteShownEvents(IReadOnlyList<(long Row, string Documents, string? Shown)> shown)
    {
        ArgumentNullException.ThrowIfNull(shown);
        using var connection = dataSource.OpenConnection();
        using var transaction = connection.BeginTransaction();
        PostgresIndexWriter.Lock(connection, transaction);
        PostgresCommands.Execute(connection, transaction, """
            INSERT INTO corpus_event_shown (id, documents, shown)
            SELECT v.id, v.documents, v.shown FROM unnest(@e::bigint[], @d::text[], @s::text[]) AS v (id, documents, shown)
            WHERE EXISTS (SELECT 1 FROM corpus_events AS e WHERE e.id = v.id)
            ON CONFLICT (id) DO UPDATE SET documents = excluded.documents, shown = excluded.shown;
            """,
            ("e", shown.Select(s => s.Row).ToArray()),
            ("d", shown.Select(s => s.Documents).ToArray()),
            ("s", shown.Select(s => s.Shown).ToArray()));
        transaction.Commit();
    }

    public IReadOnlyList<T> ScanEvents<T>(Func<long, long, string, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        return ScanOrdered("SELECT id, json FROM corpus_events ORDER BY sort_key, id;", (reader, number) => read(reader.GetInt64(0), number, reader.GetString(1)));
    }

    public IReadOnlyList<T> ScanEventHeads<T>(Func<long, long, string, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);

        // An event's whole JSON is read only where no head is stored.
        return ScanOrdered(
            "SELECT e.id, COALESCE(h.head, e.json) FROM corpus_events AS e LEFT JOIN corpus_event_heads AS h ON h.id = e.id ORDER BY e.sort_key, e.id;",
            (reader, number) => read(reader.GetInt64(0), number, reader.GetString(1)));
    }

    /// <summary>Every row of an events query in the global order, numbered from 1 as read (the caller's callback may use the store meanwhile: it gets its own connection).</summary>
    private List<T> ScanOrdered<T>(string sql, Func<NpgsqlDataReader, long, T> read)
    {
        using var connection = dataSource.OpenConnection();
        using var command = PostgresCommands.Create(connection, null, sql);
        using var reader = command.ExecuteReader();
        var result = new List<T>();
        while (reader.Read())
        {
            result.Add(read(reader, result.Count + 1));
        }

        return result;
    }

    public IReadOnlyList<long> ReadEventRows(string entityKey)
    {
        ArgumentNullException.ThrowIfNull(entityKey);
        var result = new List<long>();
        if (!PostgresText.CanHold(entityKey))
        {
            return result;
        }

        using var connection = dataSource.OpenConnection();
        using var command = PostgresCommands.Create(connection, null, "SELECT event_id FROM corpus_event_keys WHERE entity_key = @k;", ("k", entityKey));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result.Add(reader.GetInt64(0));
        }

        return result;
    }

    public IReadOnlyList<StoredEvent> ReadEventsByRow(IReadOnlyCollection<long> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var connection = dataSource.OpenConnection();
        return EventsByRow(connection, rows, e => e);
    }

    /// <summary>The events of the given row ids, each handed to <paramref name="read"/>, in their global order (put in order here, so that the server sorts no JSON).</summary>
    private static List<T> EventsByRow<T>(NpgsqlConnection connection, IReadOnlyCollection<long> rows, Func<StoredEvent, T> read)
    {
        var found = new List<(string SortKey, long Block, byte[] Json)>(rows.Count);
        using (var command = PostgresCommands.Create(connection, null, "SELECT sort_key, block, json FROM corpus_events WHERE id = ANY(@ids);", ("ids", rows.ToArray())))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                found.Add((reader.GetString(0), reader.GetInt64(1), PostgresCommands.Utf8(reader, 2)));
            }
        }

        return PostgresEventNumbers.Numbered(connection, found, read);
    }

    public IReadOnlyList<StoredEvent> ReadArticleEvents(string articleId)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        var rows = new List<(string SortKey, long Block, byte[] Json)>();
        if (!PostgresText.CanHold(articleId))
        {
            return [];
        }

        using var connection = dataSource.OpenConnection();
        using (var command = PostgresCommands.Create(connection, null, """
            SELECT e.sort_key, e.block, e.json FROM corpus_events AS e
            WHERE e.block IN (SELECT block FROM corpus_mentions WHERE article_id = @a) AND strpos(e.json, @a) > 0;
            """, ("a", articleId)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                rows.Add((reader.GetString(0), reader.GetInt64(1), PostgresCommands.Utf8(reader, 2)));
            }
        }

        return PostgresEventNumbers.Numbered(connection, rows, e => e);
    }

    public Article? GetArticleForFusion(string id)
    {
        if (id is null || !PostgresText.CanHold(id))
        {
            return null;
        }

        using var connection = dataSource.OpenConnection();
        return StoredArticleLoader.Read(connection, id, Pipeline.AnnotationLayers.Events);
    }

    public long NextBlockId()
    {
        using var connection = dataSource.OpenConnection();
        using var command = PostgresCommands.Create(connection, null,
            "SELECT COALESCE(GREATEST((SELECT MAX(block) FROM corpus_mentions), (SELECT MAX(block) FROM corpus_events)), 0) + 1;");
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public IReadOnlyList<string> ListUnindexedArticles() =>
        Strings("SELECT a.id FROM articles AS a WHERE NOT EXISTS (SELECT 1 FROM corpus_articles AS c WHERE c.article_id = a.id) ORDER BY a.id;");

    public bool HasAppendedArticles()
    {
        using var connection = dataSource.OpenConnection();

        // The flag is written only when set, so that other articles' states keep their bytes.
        using var command = PostgresCommands.Create(connection, null, "SELECT EXISTS (SELECT 1 FROM corpus_articles WHERE strpos(keys, '\"appended\":true') > 0);");
        return (bool)command.ExecuteScalar()!;
    }

    public IReadOnlyList<(long Row, string SortKey)> ReadEventKeys(string entityKey)
    {
        ArgumentNullException.ThrowIfNull(entityKey);
        return PostgresText.CanHold(entityKey)
            ? EventKeys("JOIN corpus_event_keys AS k ON k.event_id = e.id WHERE k.entity_key = @k", ("k", entityKey))
            : [];
    }

    public IReadOnlyList<(long Row, string SortKey)> ReadEventKeysOnDays(int fromDay, int toDay) =>
        // Sort keys start with the day number in eight digits: a range of them is a range of keys (the index's order).
        EventKeys(
            "WHERE e.sort_key >= @from AND e.sort_key < @to",
            ("from", Math.Max(0, fromDay).ToString("D8", CultureInfo.InvariantCulture)),
            ("to", (Math.Max(0, toDay) + 1).ToString("D8", CultureInfo.InvariantCulture)));

    private List<(long Row, string SortKey)> EventKeys(string where, params (string Name, object Value)[] parameters)
    {
        using var connection = dataSource.OpenConnection();
        using var command = PostgresCommands.Create(connection, null, $"SELECT e.id, e.sort_key FROM corpus_events AS e {where};", parameters);
        using var reader = command.ExecuteReader();
        var result = new List<(long, string)>();
        while (reader.Read())
        {
            result.Add((reader.GetInt64(0), reader.GetString(1)));
        }

        return result;
    }

    public IReadOnlyList<StoredBlockEvent> ReadBlockEventsByRow(IReadOnlyCollection<long> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return BlockEvents("SELECT id, block, sort_key, json FROM corpus_events WHERE id = ANY(@ids) ORDER BY id;", rows);
    }

    public IReadOnlyList<StoredBlockEvent> ReadBlockEvents(IReadOnlyCollection<long> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        return BlockEvents("SELECT id, block, sort_key, json FROM corpus_events WHERE block = ANY(@ids) ORDER BY block, id;", blocks);
    }

    private List<StoredBlockEvent> BlockEvents(string sql, IReadOnlyCollection<long> ids) => BlockEvents(sql, ("ids", ids.Distinct().ToArray()));

    private List<StoredBlockEvent> BlockEvents(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = dataSource.OpenConnection();
        using var command = PostgresCommands.Create(connection, null, sql, parameters);
        using var reader = command.ExecuteReader();
        var result = new List<StoredBlockEvent>();
        while (reader.Read())
        {
            result.Add(new StoredBlockEvent(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3)));
        }

        return result;
    }

    private List<string> Strings(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = dataSource.OpenConnection();
        using var command = PostgresCommands.Create(connection, null, sql, parameters);
        using var reader = command.ExecuteReader();
        var result = new List<string>();
        while (reader.Read())
        {
            result.Add(reader.GetString(0));
        }

        return result;
    }
}
