using System.Globalization;
using Chronicle.Model;
using Microsoft.Data.Sqlite;

namespace Chronicle.Storage;

/// <summary>The cross-article index's rows in the SQLite store (schema step 4).</summary>
public sealed partial class SqliteArticleStore
{
    public IReadOnlyDictionary<string, string> ReadIndexedArticles()
    {
        lock (gate)
        {
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT article_id, keys FROM corpus_articles;";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                result[reader.GetString(0)] = reader.GetString(1);
            }

            return result;
        }
    }

    public IReadOnlyDictionary<string, string> ReadIndexedArticles(IReadOnlyCollection<string> articleIds, string? containing = null) =>
        containing == ICorpusIndexStore.RefinedStateMarker
            ? ValuesById("SELECT article_id, keys FROM corpus_articles INDEXED BY corpus_articles_refined WHERE article_id IN " + IdList + " AND " + RefinedStates + ";", articleIds, reader => reader.GetString(1))
            : ValuesById(
                "SELECT article_id, keys FROM corpus_articles WHERE article_id IN " + IdList + (containing is null ? ";" : " AND instr(keys, $c) > 0;"),
                articleIds,
                reader => reader.GetString(1),
                containing);

    /// <summary>
    /// The condition of the partial index of the states with a refined date (schema step 8), as SQLite
    /// must see it to use the index: spelt out, not bound. Without it, every listed article's state
    /// (kilobytes each) was read to find the few that hold one.
    /// </summary>
    private const string RefinedStates = "instr(keys, '" + ICorpusIndexStore.RefinedStateMarker + "') > 0";

    public IReadOnlyList<DocumentSummary> ListDocuments(IReadOnlyCollection<string> articleIds)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        lock (gate)
        {
            // The summaries' own index: the columns after an article's text sit on the pages behind it.
            using var command = ById($"SELECT {StoreReads.DocumentColumns} FROM articles INDEXED BY articles_summaries WHERE id IN {IdList};", articleIds);
            using var reader = command.ExecuteReader();
            var documents = new List<DocumentSummary>(articleIds.Count);
            while (reader.Read())
            {
                documents.Add(StoreReads.ReadDocument(reader));
            }

            return documents;
        }
    }

    public IReadOnlyDictionary<string, int> ReadDocumentNumbers(IReadOnlyCollection<string> articleIds)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        if (articleIds.Count >= 4096)
        {
            lock (gate)
            {
                // A frequent entity's tens of thousands of articles: reading the whole order once (100,000
                // rows in 10 ms) beats a look-up each (40 ms for 17,000) once they are an eighth of it.
                using var count = connection.CreateCommand();
                count.CommandText = "SELECT COUNT(*) FROM corpus_documents;";
                if (articleIds.Count * 8L >= Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture))
                {
                    return ScanDocumentNumbers(articleIds);
                }
            }
        }

        return ValuesById("SELECT article_id, number FROM corpus_documents WHERE article_id IN " + IdList + ";", articleIds, reader => reader.GetInt32(1));
    }

    /// <summary>
    /// The places of the wanted articles from a scan of the whole order, each row's id compared where SQLite
    /// holds it: a string made for each of 100,000 rows, most of them not wanted, was most of the scan's time.
    /// </summary>
    private Dictionary<string, int> ScanDocumentNumbers(IReadOnlyCollection<string> articleIds)
    {
        const int notFound = -1;
        var found = new Dictionary<string, int>(articleIds.Count, StringComparer.Ordinal);
        foreach (var id in articleIds)
        {
            found[id] = notFound;
        }

        var byChars = found.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> chars = stackalloc char[128];
        Check(SQLitePCL.raw.sqlite3_prepare_v2(connection.Handle, "SELECT article_id, number FROM corpus_documents;", out var statement));
        using (statement)
        {
            int step;
            while ((step = SQLitePCL.raw.sqlite3_step(statement)) == SQLitePCL.raw.SQLITE_ROW)
            {
                var utf8 = SQLitePCL.raw.sqlite3_column_blob(statement, 0);
                if (System.Text.Encoding.UTF8.GetMaxCharCount(utf8.Length) <= chars.Length)
                {
                    var id = chars[..System.Text.Encoding.UTF8.GetChars(utf8, chars)];
                    if (byChars.ContainsKey(id))
                    {
                        byChars[id] = SQLitePCL.raw.sqlite3_column_int(statement, 1);
                    }
                }
                else if (System.Text.Encoding.UTF8.GetString(utf8) is var longId && found.ContainsKey(longId))
                {
                    found[longId] = SQLitePCL.raw.sqlite3_column_int(statement, 1);
                }
            }

            if (step != SQLitePCL.raw.SQLITE_DONE)
            {
                Check(step);
            }
        }

        foreach (var missing in found.Where(x => x.Value == notFound).Select(x => x.Key).ToList())
        {
            found.Remove(missing);
        }

        return found;

        void Check(int rc)
        {
            if (rc != SQLitePCL.raw.SQLITE_OK)
            {
                throw new SqliteException(SQLitePCL.raw.sqlite3_errmsg(connection.Handle).utf8_to_string(), rc);
            }
        }
    }

    /// <summary>
    /// The ids a look-up by id reads, as one JSON array parameter ($ids) that the SQL unpacks: one
    /// statement for thousands of ids, where one statement per id cost more in the driver than in SQLite.
    /// </summary>
    private const string IdList = "(SELECT value FROM json_each($ids))";

    private SqliteCommand ById(string sql, IEnumerable<string> ids) => WithIds(sql, JsonArrays.Of(ids));

    private SqliteCommand ById(string sql, IEnumerable<long> ids) => WithIds(sql, JsonArrays.Of(ids));

    private SqliteCommand WithIds(string sql, string ids)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add("$ids", SqliteType.Text).Value = ids;
        return command;
    }

    /// <summary>The value (read from the first column's id and the rest) of each article id with a row, leaving out ids with none.</summary>
    private Dictionary<string, T> ValuesById<T>(string sql, IReadOnlyCollection<string> articleIds, Func<SqliteDataReader, T> read, string? containing = null)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        lock (gate)
        {
            var result = new Dictionary<string, T>(StringComparer.Ordinal);
            using var command = ById(sql, articleIds);
            if (containing is not null)
            {
                command.Parameters.Add("$c", SqliteType.Text).Value = containing;
            }

            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                result[reader.GetString(0)] = read(reader);
            }

            return result;
        }
    }

    public IReadOnlyList<string> ReadDocumentOrder()
    {
        lock (gate)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT article_id FROM corpus_documents ORDER BY number;";
            return ReadStrings(command);
        }
    }

    public void WriteDocumentOrder(IReadOnlyList<string> orderedArticleIds)
    {
        ArgumentNullException.ThrowIfNull(orderedArticleIds);
        lock (gate)
        {
            using var transaction = connection.BeginTransaction();
            WriteDocumentOrder(transaction, orderedArticleIds);
            transaction.Commit();
        }
    }

    /// <summary>
    /// The document order as places by article id: an addition moves the places of the articles after
    /// the ones it brings, so only rows whose place changed are written, and rows of articles no longer
    /// in the order go.
    /// </summary>
    private void WriteDocumentOrder(SqliteTransaction transaction, IReadOnlyList<string> orderedArticleIds)
    {
        var stored = new Dictionary<string, long>(StringComparer.Ordinal);
        using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = "SELECT article_id, number FROM corpus_documents;";
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                stored[reader.GetString(0)] = reader.GetInt64(1);
            }
        }

        using var upsert = Prepare(transaction, "INSERT OR REPLACE INTO corpus_documents (article_id, number) VALUES ($a, $n);", "$a", "$n");
        for (var i = 0; i < orderedArticleIds.Count; i++)
        {
            var id = orderedArticleIds[i];
            if (!stored.Remove(id, out var number) || number != i + 1)
            {
                Run(upsert, id, (long)(i + 1));
            }
        }

        using var delete = Prepare(transaction, "DELETE FROM corpus_documents WHERE article_id = $a;", "$a");
        foreach (var id in stored.Keys)
        {
            Run(delete, id);
        }
    }

    public int CountIndexedArticles()
    {
        lock (gate)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM corpus_articles;";
            return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
    }

    public IReadOnlyList<StoredMentionLink> ReadMentionLinks()
    {
        lock (gate)
        {
            var result = new List<StoredMentionLink>();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT article_id, idx, block, link FROM corpus_mentions ORDER BY article_id, idx;";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                result.Add(new StoredMentionLink(reader.GetString(0), reader.GetInt32(1), reader.GetInt64(2), reader.GetString(3)));
            }

            return result;
        }
    }

    public void WriteCorpusIndex(CorpusIndexWrite write)
    {
        ArgumentNullException.ThrowIfNull(write);
        lock (gate)
        {
            // An immediate transaction: no other writer runs between this check and the commit.
            using var transaction = connection.BeginTransaction(deferred: false);
            if (write.ExpectedIndexedArticles is { } expected)
            {
                using var count = connection.CreateCommand();
                count.Transaction = transaction;
                count.CommandText = "SELECT COUNT(*) FROM corpus_articles;";
                if (Convert.ToInt32(count.ExecuteScalar(), CultureInfo.InvariantCulture) != expected)
                {
                    throw new IndexMovedException("the cross-article index was updated by another process while this update was worked out");
                }
            }

            // How many events each first day gains or loses: an event's number is counted from them (and from the
            // spans, counted in SQL: a full build holds 168,000 of them at 100,000 articles).
            var days = new Dictionary<string, long>(StringComparer.Ordinal);
            using (var blockDays = Prepare(transaction, "SELECT sort_key FROM corpus_events WHERE block = $b;", "$b"))
            using (var blockSpans = Prepare(transaction, CountSpans("block = $b", -1), "$b"))
            using (var deleteKeys = Prepare(transaction, "DELETE FROM corpus_event_keys WHERE event_id IN (SELECT id FROM corpus_events WHERE block = $b);", "$b"))
            using (var deleteHeads = Prepare(transaction, "DELETE FROM corpus_event_heads WHERE id IN (SELECT id FROM corpus_events WHERE block = $b);", "$b"))
            using (var deleteShown = Prepare(transaction, "DELETE FROM corpus_event_shown WHERE id IN (SELECT id FROM corpus_events WHERE block = $b);", "$b"))
            using (var deleteEvents = Prepare(transaction, "DELETE FROM corpus_events WHERE block = $b;", "$b"))
            using (var deleteMentions = Prepare(transaction, "DELETE FROM corpus_mentions WHERE block = $b;", "$b"))
            {
                foreach (var block in write.RemovedBlocks)
                {
                    blockDays.Parameters[0].Value = block;
                    CountDays(blockDays, days, -1);
                    foreach (var command in new[] { blockSpans, deleteKeys, deleteHeads, deleteShown, deleteEvents, deleteMentions })
                    {
                        command.Parameters[0].Value = block;
                        command.ExecuteNonQuery();
                    }
                }
            }

            using (var eventDay = Prepare(transaction, "SELECT sort_key FROM corpus_events WHERE id = $e;", "$e"))
            using (var eventSpan = Prepare(transaction, CountSpans("id = $e", -1), "$e"))
            using (var deleteKeys = Prepare(transaction, "DELETE FROM corpus_event_keys WHERE event_id = $e;", "$e"))
            using (var deleteHead = Prepare(transaction, "DELETE FROM corpus_event_heads WHERE id = $e;", "$e"))
            using (var deleteShown = Prepare(transaction, "DELETE FROM corpus_event_shown WHERE id = $e;", "$e"))
            using (var deleteEvent = Prepare(transaction, "DELETE FROM corpus_events WHERE id = $e;", "$e"))
            {
                foreach (var id in write.RemovedEvents)
                {
                    eventDay.Parameters[0].Value = id;
                    CountDays(eventDay, days, -1);
                    Run(eventSpan, id);
                    Run(deleteKeys, id);
                    Run(deleteHead, id);
                    Run(deleteShown, id);
                    Run(deleteEvent, id);
                }
            }

            using (var deleteMention = Prepare(transaction, "DELETE FROM corpus_mentions WHERE article_id = $a AND idx = $i;", "$a", "$i"))
            {
                foreach (var (articleId, index) in write.RemovedMentions)
                {
                    Run(deleteMention, articleId, index);
                }
            }

            using (var article = Prepare(transaction, "INSERT OR REPLACE INTO corpus_articles (article_id, keys) VALUES ($a, $k);", "$a", "$k"))
            {
                foreach (var (id, keys) in write.Articles)
                {
                    Run(article, id, keys);
                }
            }

            using (var refined = Prepare(transaction, "INSERT OR REPLACE INTO corpus_refined (article_id, json) VALUES ($a, $j);", "$a", "$j"))
            using (var unrefined = Prepare(transaction, "DELETE FROM corpus_refined WHERE article_id = $a;", "$a"))
            {
                foreach (var (id, json) in write.Refined ?? new Dictionary<string, string?>())
                {
                    if (json is null)
                    {
                        Run(unrefined, id);
                    }
                    else
                    {
                        Run(refined, id, json);
                    }
                }
            }

            using (var mention = Prepare(transaction, "INSERT OR REPLACE INTO corpus_mentions (article_id, idx, block, link) VALUES ($a, $i, $b, $l);", "$a", "$i", "$b", "$l"))
            {
                foreach (var m in write.Mentions)
                {
                    Run(mention, m.ArticleId, m.Index, m.Block, m.Link);
                }
            }

            // New rows take ids after every row left: their spans are counted from there once they are in.
            long lastBefore;
            using (var last = Prepare(transaction, "SELECT COALESCE(MAX(id), 0) FROM corpus_events;"))
            {
                lastBefore = Convert.ToInt64(last.ExecuteScalar(), CultureInfo.InvariantCulture);
            }

            using (var insertEvent = Prepare(transaction, "INSERT INTO corpus_events (block, sort_key, json) VALUES ($b, $s, $j) RETURNING id;", "$b", "$s", "$j"))
            using (var insertKey = Prepare(transaction, "INSERT OR IGNORE INTO corpus_event_keys (entity_key, event_id, day) VALUES ($k, $e, $d);", "$k", "$e", "$d"))
            using (var insertHead = Prepare(transaction, "INSERT OR REPLACE INTO corpus_event_heads (id, head) VALUES ($e, $h);", "$e", "$h"))
            using (var insertShown = Prepare(transaction, "INSERT OR REPLACE INTO corpus_event_shown (id, documents, shown) VALUES ($e, $d, $s);", "$e", "$d", "$s"))
            {
                foreach (var e in write.Events)
                {
                    insertEvent.Parameters[0].Value = e.Block;
                    insertEvent.Parameters[1].Value = e.SortKey;
                    insertEvent.Parameters[2].Value = e.Json;
                    var id = Convert.ToInt64(insertEvent.ExecuteScalar(), CultureInfo.InvariantCulture);
                    days[DayOf(e.SortKey)] = days.GetValueOrDefault(DayOf(e.SortKey)) + 1;
                    if (e.Head is { } head)
                    {
                        Run(insertHead, id, head);
                    }

                    if (e.Documents is { } documents)
                    {
                        Run(insertShown, id, documents, (object?)e.Shown ?? DBNull.Value);
                    }
                    var day = (object?)Corpus.EventOrder.Day(e.SortKey) ?? DBNull.Value;
                    foreach (var key in e.EntityKeys)
                    {
                        Run(insertKey, key, id, day);
                    }
                }
            }

            if (write.Entities is { } entities)
            {
                WriteEntities(transaction, entities);
            }

            if (write.EntityUpserts.Count > 0)
            {
                UpsertEntities(transaction, write.EntityUpserts);
            }

            if (write.DocumentOrder is { } order)
            {
                WriteDocumentOrder(transaction, order);
            }

            using (var newSpans = Prepare(transaction, CountSpans("id > $e", 1), "$e"))
            {
                Run(newSpans, lastBefore);
            }

            WriteEventDays(transaction, days);
            transaction.Commit();
        }
    }

    /// <summary>
    /// Makes the stored entities the given list, in its order, writing only what changed: an addition
    /// leaves most entities as they were, and rewriting every entity and alias row was most of its write.
    /// </summary>
    private void WriteEntities(SqliteTransaction transaction, IEnumerable<NewStoredEntity> entities)
    {
        var stored = new Dictionary<string, (long Ordinal, int Mentions, string Json)>(StringComparer.Ordinal);
        using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = "SELECT id, ordinal, mentions, json FROM corpus_entities;";
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                stored[reader.GetString(0)] = (reader.GetInt64(1), reader.GetInt32(2), reader.GetString(3));
            }
        }

        var kept = entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        using var deleteAliases = Prepare(transaction, "DELETE FROM corpus_aliases WHERE entity_id = $i;", "$i");
        using var deleteEntity = Prepare(transaction, "DELETE FROM corpus_entities WHERE id = $i;", "$i");
        foreach (var id in stored.Keys.Where(id => !kept.Contains(id)).Order(StringComparer.Ordinal))
        {
            Run(deleteAliases, id);
            Run(deleteEntity, id);
        }

        using var upsert = Prepare(transaction, "INSERT OR REPLACE INTO corpus_entities (id, ordinal, mentions, json, shown) VALUES ($i, $o, $m, $j, " + ShownEntityJson + ");", "$i", "$o", "$m", "$j");
        using var reorder = Prepare(transaction, "UPDATE corpus_entities SET ordinal = $o WHERE id = $i;", "$o", "$i");
        using var alias = Prepare(transaction, "INSERT OR IGNORE INTO corpus_aliases (name, entity_id) VALUES ($n, $i);", "$n", "$i");
        var n = -1;
        foreach (var e in entities)
        {
            n++;
            if (stored.TryGetValue(e.Id, out var old) && old.Mentions == e.Mentions && old.Json == e.Json)
            {
                if (old.Ordinal != n)
                {
                    Run(reorder, n, e.Id);
                }

                continue;
            }

            if (old.Json is not null)
            {
                Run(deleteAliases, e.Id);
            }

            Run(upsert, e.Id, n, e.Mentions, e.Json);
            foreach (var name in e.Names)
            {
                Run(alias, name, e.Id);
            }
        }
    }

    /// <summary>Stores or replaces the given entities alone; a new one takes the place after the last.</summary>
    private void UpsertEntities(SqliteTransaction transaction, IEnumerable<NewStoredEntity> entities)
    {
        using var ordinalOf = Prepare(transaction, "SELECT ordinal FROM corpus_entities WHERE id = $i;", "$i");
        using var last = Prepare(transaction, "SELECT COALESCE(MAX(ordinal), -1) FROM corpus_entities;");
        using var deleteAliases = Prepare(transaction, "DELETE FROM corpus_aliases WHERE entity_id = $i;", "$i");
        using var upsert = Prepare(transaction, "INSERT OR REPLACE INTO corpus_entities (id, ordinal, mentions, json, shown) VALUES ($i, $o, $m, $j, " + ShownEntityJson + ");", "$i", "$o", "$m", "$j");
        using var alias = Prepare(transaction, "INSERT OR IGNORE INTO corpus_aliases (name, entity_id) VALUES ($n, $i);", "$n", "$i");
        var next = Convert.ToInt64(last.ExecuteScalar(), CultureInfo.InvariantCulture) + 1;
        foreach (var e in entities)
        {
            ordinalOf.Parameters[0].Value = e.Id;
            var ordinal = ordinalOf.ExecuteScalar() is { } found and not DBNull ? Convert.ToInt64(found, CultureInfo.InvariantCulture) : next++;
            Run(deleteAliases, e.Id);
            Run(upsert, e.Id, ordinal, e.Mentions, e.Json);
            foreach (var name in e.Names)
            {
                Run(alias, name, e.Id);
            }
        }
    }

    public string? ReadRefinedEvents(string articleId)
    {
        lock (gate)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT json FROM corpus_refined WHERE article_id = $a;";
            command.Parameters.AddWithValue("$a", articleId);
            return command.ExecuteScalar() as string;
        }
    }

    public IReadOnlyList<string> FindEntityIds(string normalisedName)
    {
        lock (gate)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT entity_id FROM corpus_aliases WHERE name = $n ORDER BY entity_id;";
            command.Parameters.AddWithValue("$n", normalisedName ?? string.Empty);
            return ReadStrings(command);
        }
    }

    public IReadOnlyList<(string Name, string EntityId)> ReadAliases()
    {
        lock (gate)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT name, entity_id FROM corpus_aliases ORDER BY name, entity_id;";
            using var reader = command.ExecuteReader();
            var result = new List<(string, string)>();
            while (reader.Read())
            {
                result.Add((reader.GetString(0), reader.GetString(1)));
            }

            return result;
        }
    }

    public IReadOnlyList<StoredEntity> ReadEntities(IReadOnlyCollection<string>? ids)
    {
        lock (gate)
        {
            var result = new List<StoredEntity>();
            if (ids is null)
            {
                using var all = connection.CreateCommand();
                all.CommandText = "SELECT id, mentions, json FROM corpus_entities ORDER BY ordinal;";
                ReadEntityRows(all, result);
                return result;
            }

            return EntitiesById(ids, reader => new StoredEntity(reader.GetString(1), reader.GetInt32(2), reader.GetString(3)));
        }
    }

    public IReadOnlyList<T> ReadShownEntities<T>(IReadOnlyCollection<string> ids, Func<byte[], T> read)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(read);
        lock (gate)
        {
            return EntitiesById(ids, reader => read(reader.GetFieldValue<byte[]>(3)), "shown");
        }
    }

    /// <summary>The form of an entity's JSON ($j) that views read: without its merge evidence and names.</summary>
    private const string ShownEntityJson = "json_remove($j, '$.mergeEvidence', '$.allNames')";

    public IReadOnlyList<(string Id, int Mentions)> ReadEntityMentions(IReadOnlyCollection<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        lock (gate)
        {
            return EntitiesById(ids, reader => (reader.GetString(1), reader.GetInt32(2)), json: null);
        }
    }

    /// <summary>
    /// The entities of the given ids in the resolver's order, each row (ordinal, id, mentions, then the
    /// <paramref name="json"/> column: "json", "shown" or null for none) handed to <paramref name="read"/> (the caller holds the gate).
    /// They are put in order here: an ORDER BY would have SQLite copy every entity's JSON into a sorter first.
    /// </summary>
    private List<T> EntitiesById<T>(IReadOnlyCollection<string> ids, Func<SqliteDataReader, T> read, string? json = "json")
    {
        using var command = ById("SELECT ordinal, id, mentions, " + (json ?? "NULL") + " FROM corpus_entities WHERE id IN " + IdList + ";", ids);
        using var reader = command.ExecuteReader();
        var ordered = new List<(long Ordinal, T Entity)>();
        while (reader.Read())
        {
            ordered.Add((reader.GetInt64(0), read(reader)));
        }

        ordered.Sort((a, b) => a.Ordinal.CompareTo(b.Ordinal));
        return ordered.ConvertAll(x => x.Entity);
    }

    public IReadOnlyList<T> ScanEntities<T>(Func<StoredEntity, T> read) => ScanEntities("json", read);

    public IReadOnlyList<T> ScanShownEntities<T>(Func<StoredEntity, T> read) => ScanEntities("shown", read);

    /// <summary>Every entity in the resolver's order with the JSON of the given column ("json" or "shown"), each handed to <paramref name="read"/>.</summary>
    private List<T> ScanEntities<T>(string json, Func<StoredEntity, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        lock (gate)
        {
            var result = new List<T>();
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT id, mentions, {json} FROM corpus_entities ORDER BY ordinal;";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                result.Add(read(new StoredEntity(reader.GetString(0), reader.GetInt32(1), reader.GetString(2))));
            }

            return result;
        }
    }

    public IReadOnlyList<T> ScanShownEntitiesUnordered<T>(Func<StoredEntity, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        lock (gate)
        {
            // Without an ORDER BY SQLite walks the table as it lies instead of copying every row into a sorter.
            var result = new List<(long Ordinal, T Value)>();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT ordinal, id, mentions, shown FROM corpus_entities;";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                result.Add((reader.GetInt64(0), read(new StoredEntity(reader.GetString(1), reader.GetInt32(2), reader.GetString(3)))));
            }

            result.Sort((a, b) => a.Ordinal.CompareTo(b.Ordinal));
            return result.ConvertAll(x => x.Value);
        }
    }

    public IReadOnlyList<StoredEvent> ReadEvents(IReadOnlyCollection<string>? entityKeys)
    {
        lock (gate)
        {
            var result = new List<StoredEvent>();
            if (entityKeys is null)
            {
                using var all = connection.CreateCommand();
                all.CommandText = "SELECT block, json FROM corpus_events ORDER BY sort_key;";
                using var reader = all.ExecuteReader();
                while (reader.Read())
                {
                    result.Add(new StoredEvent(result.Count + 1, reader.GetInt64(0), reader.GetFieldValue<byte[]>(1)));
                }

                return result;
            }

            using var byKey = connection.CreateCommand();
            byKey.CommandText = "SELECT e.id, e.sort_key, e.block, e.json FROM corpus_event_keys AS k JOIN corpus_events AS e ON e.id = k.event_id WHERE k.entity_key = $k;";
            var parameter = byKey.Parameters.Add("$k", SqliteType.Text);
            var seen = new HashSet<long>();
            var rows = new List<(string SortKey, long Block, byte[] Json)>();
            foreach (var key in entityKeys.Distinct(StringComparer.Ordinal))
            {
                parameter.Value = key;
                using var reader = byKey.ExecuteReader();
                while (reader.Read())
                {
                    if (seen.Add(reader.GetInt64(0)))
                    {
                        rows.Add((reader.GetString(1), reader.GetInt64(2), reader.GetFieldValue<byte[]>(3)));
                    }
                }
            }

            return Numbered(rows, e => e);
        }
    }

    public IReadOnlyList<StoredEventView> ReadEventViews(IReadOnlyCollection<string> entityKeys, Func<int?, bool> keep, bool withShown, bool numbered = true)
    {
        lock (gate)
        {
            var kept = ReadEventRows(entityKeys, keep);
            return numbered ? EventViewsByRow(kept, withShown, numbered: true) : EventViewsByRow(kept, withShown, numbered: false).OrderBy(v => v.SortKey, StringComparer.Ordinal).ToList();
        }
    }

    public IReadOnlyCollection<long> ReadEventRows(IReadOnlyCollection<string> entityKeys, Func<int?, bool> keep)
    {
        ArgumentNullException.ThrowIfNull(entityKeys);
        ArgumentNullException.ThrowIfNull(keep);
        lock (gate)
        {
            var kept = new HashSet<long>();
            using (var byKey = connection.CreateCommand())
            {
                // The key rows carry each event's first day: the events a view leaves out are not looked up
                // (a frequent entity's partners were 9,000 reads of event rows, one page each).
                byKey.CommandText = "SELECT event_id, day FROM corpus_event_keys WHERE entity_key = $k;";
                var parameter = byKey.Parameters.Add("$k", SqliteType.Text);
                foreach (var key in entityKeys.Distinct(StringComparer.Ordinal))
                {
                    parameter.Value = key;
                    using var reader = byKey.ExecuteReader();
                    while (reader.Read())
                    {
                        if (keep(reader.IsDBNull(1) ? null : reader.GetInt32(1)))
                        {
                            kept.Add(reader.GetInt64(0));
                        }
                    }
                }
            }

            return kept;
        }
    }

    public IReadOnlyList<StoredEventView> ReadEventViewsByRow(IReadOnlyCollection<long> rows, bool withShown, bool numbered = true)
    {
        ArgumentNullException.ThrowIfNull(rows);
        lock (gate)
        {
            return EventViewsByRow(rows, withShown, numbered);
        }
    }

    /// <summary>The view forms of the events of the given rows, in their global order (the caller holds the gate).</summary>
    private List<StoredEventView> EventViewsByRow(IReadOnlyCollection<long> rows, bool withShown, bool numbered)
    {
        var found = new List<(string SortKey, long Row, string? Head, string? Documents, byte[]? Shown)>(rows.Count);
        using (var command = ById(
            "SELECT e.sort_key, e.id, h.head, s.documents, " + (withShown ? "s.shown" : "NULL") + " FROM corpus_events AS e LEFT JOIN corpus_event_heads AS h ON h.id = e.id LEFT JOIN corpus_event_shown AS s ON s.id = e.id WHERE e.id IN " + IdList + " ORDER BY e.id;",
            rows))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                found.Add((
                    reader.GetString(0),
                    reader.GetInt64(1),
                    reader.IsDBNull(2) ? null : reader.GetString(2),
                    reader.IsDBNull(3) ? null : reader.GetString(3),
                    reader.IsDBNull(4) ? null : reader.GetFieldValue<byte[]>(4)));
            }
        }

        return numbered
            ? Numbered(found, r => r.SortKey, (r, number) => new StoredEventView(number, r.Row, r.Head, r.Documents, r.Shown, r.SortKey))
            : found.Select(r => new StoredEventView(0, r.Row, r.Head, r.Documents, r.Shown, r.SortKey)).ToList();
    }

    public IReadOnlyDictionary<string, long> NumberEvents(IReadOnlyCollection<string> sortKeys)
    {
        ArgumentNullException.ThrowIfNull(sortKeys);
        lock (gate)
        {
            return NumbersOf(sortKeys);
        }
    }

    public IReadOnlyList<StoredBlockEvent> ReadEventsWithoutShown(long after, int limit)
    {
        lock (gate)
        {
            var result = new List<StoredBlockEvent>();

            // Nothing pending (the usual answer) is told without a write: a store may be read-only.
            using (var pending = connection.CreateCommand())
            {
                pending.CommandText = "SELECT EXISTS (SELECT 1 FROM corpus_pending WHERE task = 'shown events');";
                if (Convert.ToInt64(pending.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
                {
                    return result;
                }
            }

            using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT e.id, e.block, e.sort_key, e.json FROM corpus_events AS e
                WHERE e.id > $after AND NOT EXISTS (SELECT 1 FROM corpus_event_shown AS s WHERE s.id = e.id)
                ORDER BY e.id LIMIT $n;
                """;
            command.Parameters.AddWithValue("$after", after);
            command.Parameters.AddWithValue("$n", limit);
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    result.Add(new StoredBlockEvent(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3)));
                }
            }

            if (result.Count == 0)
            {
                using var done = connection.CreateCommand();
                done.CommandText = "DELETE FROM corpus_pending WHERE task = 'shown events';";
                done.ExecuteNonQuery();
            }

            return result;
        }
    }

    public void WriteShownEvents(IReadOnlyList<(long Row, string Documents, string? Shown)> shown)
    {
        ArgumentNullException.ThrowIfNull(shown);
        lock (gate)
        {
            using var transaction = connection.BeginTransaction();
            using (var insert = Prepare(transaction, "INSERT OR REPLACE INTO corpus_event_shown (id, documents, shown) SELECT id, $d, $s FROM corpus_events WHERE id = $e;", "$e", "$d", "$s"))
            {
                foreach (var (row, documents, form) in shown)
                {
                    Run(insert, row, documents, (object?)form ?? DBNull.Value);
                }
            }

            transaction.Commit();
        }
    }

    public IReadOnlyList<T> ScanEvents<T>(Func<long, long, string, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        lock (gate)
        {
            var result = new List<T>();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT id, json FROM corpus_events ORDER BY sort_key;";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                result.Add(read(reader.GetInt64(0), result.Count + 1, reader.GetString(1)));
            }

            return result;
        }
    }

    public IReadOnlyList<T> ScanEventHeads<T>(Func<long, long, string, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        lock (gate)
        {
            var result = new List<T>();
            using var command = connection.CreateCommand();
            // An event's whole JSON is read only where no head is stored.
            command.CommandText = "SELECT e.id, COALESCE(h.head, e.json) FROM corpus_events AS e LEFT JOIN corpus_event_heads AS h ON h.id = e.id ORDER BY e.sort_key;";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                result.Add(read(reader.GetInt64(0), result.Count + 1, reader.GetString(1)));
            }

            return result;
        }
    }

    public IReadOnlyList<long> ReadEventRows(string entityKey)
    {
        ArgumentNullException.ThrowIfNull(entityKey);
        lock (gate)
        {
            var result = new List<long>();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT event_id FROM corpus_event_keys WHERE entity_key = $k;";
            command.Parameters.AddWithValue("$k", entityKey);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                result.Add(reader.GetInt64(0));
            }

            return result;
        }
    }

    public IReadOnlyList<StoredEvent> ReadEventsByRow(IReadOnlyCollection<long> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        lock (gate)
        {
            return EventsByRow(rows, e => e);
        }
    }

    /// <summary>
    /// The events of the given row ids, each handed to <paramref name="read"/>, in their global order
    /// (the caller holds the gate). They are read by row id and put in order here: an ORDER BY would
    /// have SQLite copy every event's JSON into a sorter first.
    /// </summary>
    private List<T> EventsByRow<T>(IReadOnlyCollection<long> rows, Func<StoredEvent, T> read)
    {
        var found = new List<(string SortKey, long Block, byte[] Json)>(rows.Count);
        using var command = ById("SELECT sort_key, block, json FROM corpus_events WHERE id IN " + IdList + " ORDER BY id;", rows);
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                found.Add((reader.GetString(0), reader.GetInt64(1), reader.GetFieldValue<byte[]>(2)));
            }
        }

        return Numbered(found, read);
    }

    public IReadOnlyList<StoredEvent> ReadArticleEvents(string articleId)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        lock (gate)
        {
            var rows = new List<(string SortKey, long Block, byte[] Json)>();
            using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT e.sort_key, e.block, e.json FROM corpus_events AS e
                WHERE e.block IN (SELECT DISTINCT block FROM corpus_mentions WHERE article_id = $a) AND instr(e.json, $a) > 0;
                """;
            command.Parameters.AddWithValue("$a", articleId);
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    rows.Add((reader.GetString(0), reader.GetInt64(1), reader.GetFieldValue<byte[]>(2)));
                }
            }

            return Numbered(rows, e => e);
        }
    }

    public Article? GetArticleForFusion(string id)
    {
        lock (gate)
        {
            return StoredArticleLoader.Read(connection, id, Pipeline.AnnotationLayers.Events);
        }
    }

    public long NextBlockId()
    {
        lock (gate)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COALESCE(MAX(block), 0) + 1 FROM (SELECT block FROM corpus_mentions UNION ALL SELECT block FROM corpus_events);";
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
    }

    public IReadOnlyList<string> ListUnindexedArticles()
    {
        lock (gate)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT id FROM articles EXCEPT SELECT article_id FROM corpus_articles ORDER BY 1;";
            return ReadStrings(command);
        }
    }

    public bool HasAppendedArticles()
    {
        lock (gate)
        {
            using var command = connection.CreateCommand();
            // The flag is written only when set, so that other articles' states keep their bytes.
            command.CommandText = "SELECT EXISTS (SELECT 1 FROM corpus_articles WHERE instr(keys, '\"appended\":true') > 0);";
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) != 0;
        }
    }

    public IReadOnlyList<(long Row, string SortKey)> ReadEventKeys(string entityKey)
    {
        ArgumentNullException.ThrowIfNull(entityKey);
        lock (gate)
        {
            var result = new List<(long, string)>();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT e.id, e.sort_key FROM corpus_event_keys AS k JOIN corpus_events AS e ON e.id = k.event_id WHERE k.entity_key = $k;";
            command.Parameters.AddWithValue("$k", entityKey);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                result.Add((reader.GetInt64(0), reader.GetString(1)));
            }

            return result;
        }
    }

    public IReadOnlyList<(long Row, string SortKey)> ReadEventKeysOnDays(int fromDay, int toDay)
    {
        lock (gate)
        {
            var result = new List<(long, string)>();
            using var command = connection.CreateCommand();
            // Sort keys start with the day number in eight digits: a range of them is a range of keys (the index's order).
            command.CommandText = "SELECT id, sort_key FROM corpus_events WHERE sort_key >= $from AND sort_key < $to;";
            command.Parameters.AddWithValue("$from", Math.Max(0, fromDay).ToString("D8", CultureInfo.InvariantCulture));
            command.Parameters.AddWithValue("$to", (Math.Max(0, toDay) + 1).ToString("D8", CultureInfo.InvariantCulture));
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                result.Add((reader.GetInt64(0), reader.GetString(1)));
            }

            return result;
        }
    }

    public IReadOnlyList<StoredBlockEvent> ReadBlockEventsByRow(IReadOnlyCollection<long> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        lock (gate)
        {
            var result = new List<StoredBlockEvent>(rows.Count);
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT id, block, sort_key, json FROM corpus_events WHERE id = $e;";
            var parameter = command.Parameters.Add("$e", SqliteType.Integer);
            foreach (var row in rows.Distinct().Order())
            {
                parameter.Value = row;
                using var reader = command.ExecuteReader();
                if (reader.Read())
                {
                    result.Add(new StoredBlockEvent(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3)));
                }
            }

            return result;
        }
    }

    public IReadOnlyList<StoredBlockEvent> ReadBlockEvents(IReadOnlyCollection<long> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        lock (gate)
        {
            var result = new List<StoredBlockEvent>();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT id, block, sort_key, json FROM corpus_events WHERE block = $b ORDER BY id;";
            var parameter = command.Parameters.Add("$b", SqliteType.Integer);
            foreach (var block in blocks.Distinct().Order())
            {
                parameter.Value = block;
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    result.Add(new StoredBlockEvent(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3)));
                }
            }

            return result;
        }
    }

    private static void ReadEntityRows(SqliteCommand command, List<StoredEntity> into)
    {
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            into.Add(new StoredEntity(reader.GetString(0), reader.GetInt32(1), reader.GetString(2)));
        }
    }

    private static List<string> ReadStrings(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var result = new List<string>();
        while (reader.Read())
        {
            result.Add(reader.GetString(0));
        }

        return result;
    }

    private SqliteCommand Prepare(SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }

    private static void Run(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        command.ExecuteNonQuery();
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
