using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Chronicle.Storage.Postgres;

/// <summary>
/// Applies one update of the cross-article index inside the caller's transaction, with the SQLite
/// store's semantics. Index writers take a transaction-level advisory lock first, so that they run one
/// at a time (as SQLite's immediate transaction makes them), and an update whose count of indexed
/// articles no longer holds is refused. Rows go in batches of one statement over arrays; deletions
/// are one statement per table.
/// </summary>
internal sealed class PostgresIndexWriter(NpgsqlConnection connection, NpgsqlTransaction transaction)
{
    /// <summary>The advisory lock key that serialises index writers (another constant than the migration lock's).</summary>
    public const long IndexLockKey = 0x43_68_72_6F_6E_49_64_78; // "ChronIdx" in ASCII

    /// <summary>Waits until no other index writer holds the lock; it is released when the transaction ends.</summary>
    public static void Lock(NpgsqlConnection connection, NpgsqlTransaction transaction) =>
        PostgresCommands.Execute(connection, transaction, $"SELECT pg_advisory_xact_lock({IndexLockKey.ToString(CultureInfo.InvariantCulture)});");

    public static int CountIndexedArticles(NpgsqlConnection connection, NpgsqlTransaction? transaction)
    {
        using var command = PostgresCommands.Create(connection, transaction, "SELECT COUNT(*) FROM corpus_articles;");
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public void Write(CorpusIndexWrite write)
    {
        Lock(connection, transaction);

        // Read committed: this statement, after the lock, sees every update committed before it.
        if (write.ExpectedIndexedArticles is { } expected && CountIndexedArticles(connection, transaction) != expected)
        {
            throw new IndexMovedException("the cross-article index was updated by another process while this update was worked out");
        }

        // How many events each first day gains or loses: an event's number is counted from them.
        var days = new Dictionary<string, long>(StringComparer.Ordinal);
        if (write.RemovedBlocks.Count > 0)
        {
            RemoveEvents("block = ANY(@ids)", write.RemovedBlocks.Distinct().ToArray(), days);
            PostgresCommands.Execute(connection, transaction, "DELETE FROM corpus_mentions WHERE block = ANY(@ids);", ("ids", write.RemovedBlocks.Distinct().ToArray()));
        }

        if (write.RemovedEvents.Count > 0)
        {
            RemoveEvents("id = ANY(@ids)", write.RemovedEvents.Distinct().ToArray(), days);
        }

        if (write.RemovedMentions.Count > 0)
        {
            PostgresCommands.Execute(connection, transaction, """
                DELETE FROM corpus_mentions AS m USING unnest(@a::text[], @i::integer[]) AS r (article_id, idx)
                WHERE m.article_id = r.article_id AND m.idx = r.idx;
                """,
                ("a", write.RemovedMentions.Select(m => m.ArticleId).ToArray()),
                ("i", write.RemovedMentions.Select(m => m.Index).ToArray()));
        }

        foreach (var batch in PostgresCommands.Batches(write.Articles, a => a.Value.Length))
        {
            PostgresCommands.Execute(connection, transaction, """
                INSERT INTO corpus_articles (article_id, keys) SELECT * FROM unnest(@a::text[], @k::text[])
                ON CONFLICT (article_id) DO UPDATE SET keys = excluded.keys;
                """,
                ("a", batch.Select(a => a.Key).ToArray()),
                ("k", batch.Select(a => a.Value).ToArray()));
        }

        WriteRefined(write.Refined);
        WriteMentions(write.Mentions);
        WriteEvents(write.Events, days);

        if (write.Entities is { } entities)
        {
            WriteEntities(entities);
        }

        if (write.EntityUpserts.Count > 0)
        {
            UpsertEntities(write.EntityUpserts);
        }

        if (write.DocumentOrder is { } order)
        {
            WriteDocumentOrder(order);
        }

        WriteEventDays(days);
    }

    /// <summary>
    /// The document order as places by article id: an addition moves the places of the articles after
    /// the ones it brings, so only rows whose place changed are written, and rows of articles no longer
    /// in the order go.
    /// </summary>
    public void WriteDocumentOrder(IReadOnlyList<string> orderedArticleIds)
    {
        var stored = new Dictionary<string, int>(StringComparer.Ordinal);
        using (var read = PostgresCommands.Create(connection, transaction, "SELECT article_id, number FROM corpus_documents;"))
        using (var reader = read.ExecuteReader())
        {
            while (reader.Read())
            {
                stored[reader.GetString(0)] = reader.GetInt32(1);
            }
        }

        var moved = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < orderedArticleIds.Count; i++)
        {
            var id = orderedArticleIds[i];
            if (!stored.Remove(id, out var number) || number != i + 1)
            {
                moved[id] = i + 1;
            }
        }

        foreach (var batch in PostgresCommands.Batches(moved, _ => 0, rows: 50_000))
        {
            PostgresCommands.Execute(connection, transaction, """
                INSERT INTO corpus_documents (article_id, number) SELECT * FROM unnest(@a::text[], @n::integer[])
                ON CONFLICT (article_id) DO UPDATE SET number = excluded.number;
                """,
                ("a", batch.Select(m => m.Key).ToArray()),
                ("n", batch.Select(m => m.Value).ToArray()));
        }

        if (stored.Count > 0)
        {
            PostgresCommands.Execute(connection, transaction, "DELETE FROM corpus_documents WHERE article_id = ANY(@a);", ("a", stored.Keys.ToArray()));
        }
    }

    /// <summary>Deletes the events that <paramref name="where"/> picks by @ids, with their participants and heads, counting their days out.</summary>
    private void RemoveEvents(string where, long[] ids, Dictionary<string, long> days)
    {
        using (var count = PostgresCommands.Create(connection, transaction, $"SELECT substr(sort_key, 1, 8), COUNT(*) FROM corpus_events WHERE {where} GROUP BY 1;", ("ids", ids)))
        using (var reader = count.ExecuteReader())
        {
            PostgresEventNumbers.CountDays(reader, days, -1);
        }

        PostgresCommands.Execute(connection, transaction, $"DELETE FROM corpus_event_keys WHERE event_id IN (SELECT id FROM corpus_events WHERE {where});", ("ids", ids));
        PostgresCommands.Execute(connection, transaction, $"DELETE FROM corpus_event_heads WHERE id IN (SELECT id FROM corpus_events WHERE {where});", ("ids", ids));
        PostgresCommands.Execute(connection, transaction, $"DELETE FROM corpus_event_shown WHERE id IN (SELECT id FROM corpus_events WHERE {where});", ("ids", ids));
        PostgresCommands.Execute(connection, transaction, $"DELETE FROM corpus_events WHERE {where};", ("ids", ids));
    }

    private void WriteRefined(IReadOnlyDictionary<string, string?>? refined)
    {
        if (refined is null || refined.Count == 0)
        {
            return;
        }

        var gone = refined.Where(r => r.Value is null).Select(r => r.Key).ToArray();
        if (gone.Length > 0)
        {
            PostgresCommands.Execute(connection, transaction, "DELETE FROM corpus_refined WHERE article_id = ANY(@a);", ("a", gone));
        }

        foreach (var batch in PostgresCommands.Batches(refined.Where(r => r.Value is not null), r => r.Value!.Length))
        {
            PostgresCommands.Execute(connection, transaction, """
                INSERT INTO corpus_refined (article_id, json) SELECT * FROM unnest(@a::text[], @j::text[])
                ON CONFLICT (article_id) DO UPDATE SET json = excluded.json;
                """,
                ("a", batch.Select(r => r.Key).ToArray()),
                ("j", batch.Select(r => r.Value!).ToArray()));
        }
    }

    private void WriteMentions(IEnumerable<StoredMentionLink> mentions)
    {
        foreach (var batch in PostgresCommands.Batches(mentions, m => m.Link.Length, rows: 20_000))
        {
            // A mention written twice keeps its last row, as SQLite's INSERT OR REPLACE does.
            var rows = LastById(batch, m => (m.ArticleId, m.Index)).ToList();
            PostgresCommands.Execute(connection, transaction, """
                INSERT INTO corpus_mentions (article_id, idx, block, link) SELECT * FROM unnest(@a::text[], @i::integer[], @b::bigint[], @l::text[])
                ON CONFLICT (article_id, idx) DO UPDATE SET block = excluded.block, link = excluded.link;
                """,
                ("a", rows.Select(m => m.ArticleId).ToArray()),
                ("i", rows.Select(m => m.Index).ToArray()),
                ("b", rows.Select(m => m.Block).ToArray()),
                ("l", rows.Select(m => m.Link).ToArray()));
        }
    }

    /// <summary>Inserts the new events with their heads and participants; row ids follow the last stored one, as SQLite's do.</summary>
    private void WriteEvents(IEnumerable<NewStoredEvent> events, Dictionary<string, long> days)
    {
        long next;
        using (var last = PostgresCommands.Create(connection, transaction, "SELECT COALESCE(MAX(id), 0) + 1 FROM corpus_events;"))
        {
            next = Convert.ToInt64(last.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        foreach (var batch in PostgresCommands.Batches(events, e => e.Json.Length + (e.Head?.Length ?? 0) + (e.Documents?.Length ?? 0) + (e.Shown?.Length ?? 0)))
        {
            var ids = new long[batch.Count];
            for (var i = 0; i < batch.Count; i++)
            {
                ids[i] = next++;
                var day = PostgresEventNumbers.DayOf(batch[i].SortKey);
                days[day] = days.GetValueOrDefault(day) + 1;
            }

            PostgresCommands.Execute(connection, transaction, """
                INSERT INTO corpus_events (id, block, sort_key, json) SELECT * FROM unnest(@e::bigint[], @b::bigint[], @s::text[], @j::text[]);
                """,
                ("e", ids),
                ("b", batch.Select(e => e.Block).ToArray()),
                ("s", batch.Select(e => e.SortKey).ToArray()),
                ("j", batch.Select(e => e.Json).ToArray()));

            var heads = batch.Select((e, i) => (Id: ids[i], e.Head)).Where(h => h.Head is not null).ToList();
            if (heads.Count > 0)
            {
                PostgresCommands.Execute(connection, transaction, """
                    INSERT INTO corpus_event_heads (id, head) SELECT * FROM unnest(@e::bigint[], @h::text[])
                    ON CONFLICT (id) DO UPDATE SET head = excluded.head;
                    """,
                    ("e", heads.Select(h => h.Id).ToArray()),
                    ("h", heads.Select(h => h.Head!).ToArray()));
            }

            var shown = batch.Select((e, i) => (Id: ids[i], e.Documents, e.Shown)).Where(s => s.Documents is not null).ToList();
            if (shown.Count > 0)
            {
                PostgresCommands.Execute(connection, transaction, """
                    INSERT INTO corpus_event_shown (id, documents, shown) SELECT * FROM unnest(@e::bigint[], @d::text[], @s::text[])
                    ON CONFLICT (id) DO UPDATE SET documents = excluded.documents, shown = excluded.shown;
                    """,
                    ("e", shown.Select(s => s.Id).ToArray()),
                    ("d", shown.Select(s => s.Documents!).ToArray()),
                    ("s", shown.Select(s => s.Shown).ToArray()));
            }

            var keys = batch.SelectMany((e, i) => e.EntityKeys.Distinct(StringComparer.Ordinal).Select(k => (Key: k, Id: ids[i]))).ToList();
            if (keys.Count > 0)
            {
                PostgresCommands.Execute(connection, transaction, """
                    INSERT INTO corpus_event_keys (entity_key, event_id) SELECT * FROM unnest(@k::text[], @e::bigint[])
                    ON CONFLICT DO NOTHING;
                    """,
                    ("k", keys.Select(k => k.Key).ToArray()),
                    ("e", keys.Select(k => k.Id).ToArray()));
            }
        }
    }

    /// <summary>
    /// Makes the stored entities the given list, in its order, writing only what changed: an addition
    /// leaves most entities as they were. Stored entities are compared by the SHA-256 of their JSON, so that
    /// the JSON of every entity (hundreds of MB at 100,000 articles) does not cross the wire to be compared.
    /// </summary>
    private void WriteEntities(IEnumerable<NewStoredEntity> entities)
    {
        var stored = new Dictionary<string, (long Ordinal, int Mentions, string Hash)>(StringComparer.Ordinal);
        using (var read = PostgresCommands.Create(connection, transaction, "SELECT id, ordinal, mentions, sha256(convert_to(json, 'UTF8')) FROM corpus_entities;"))
        using (var reader = read.ExecuteReader())
        {
            while (reader.Read())
            {
                stored[reader.GetString(0)] = (reader.GetInt64(1), reader.GetInt32(2), Convert.ToHexString(reader.GetFieldValue<byte[]>(3)));
            }
        }

        var kept = entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var dropped = stored.Keys.Where(id => !kept.Contains(id)).ToArray();
        if (dropped.Length > 0)
        {
            PostgresCommands.Execute(connection, transaction, "DELETE FROM corpus_aliases WHERE entity_id = ANY(@i);", ("i", dropped));
            PostgresCommands.Execute(connection, transaction, "DELETE FROM corpus_entities WHERE id = ANY(@i);", ("i", dropped));
        }

        var reordered = new List<(string Id, long Ordinal)>();
        var changed = new List<(NewStoredEntity Entity, long Ordinal, bool Stored)>();
        var n = -1L;
        foreach (var e in entities)
        {
            n++;
            if (stored.TryGetValue(e.Id, out var old) && old.Mentions == e.Mentions && old.Hash == Hash(e.Json))
            {
                if (old.Ordinal != n)
                {
                    reordered.Add((e.Id, n));
                }
            }
            else
            {
                changed.Add((e, n, old.Hash is not null));
            }

            if (changed.Count >= 2_000)
            {
                ReplaceEntities(changed);
                changed.Clear();
            }
        }

        ReplaceEntities(changed);
        foreach (var batch in PostgresCommands.Batches(reordered, _ => 0, rows: 50_000))
        {
            PostgresCommands.Execute(connection, transaction, """
                UPDATE corpus_entities AS e SET ordinal = r.ordinal FROM unnest(@i::text[], @o::bigint[]) AS r (id, ordinal) WHERE e.id = r.id;
                """,
                ("i", batch.Select(r => r.Id).ToArray()),
                ("o", batch.Select(r => r.Ordinal).ToArray()));
        }
    }

    /// <summary>Stores or replaces the given entities alone; a new one takes the place after the last.</summary>
    private void UpsertEntities(IReadOnlyCollection<NewStoredEntity> entities)
    {
        var ids = entities.Select(e => e.Id).Distinct(StringComparer.Ordinal).ToArray();
        var ordinals = new Dictionary<string, long>(StringComparer.Ordinal);
        using (var read = PostgresCommands.Create(connection, transaction, "SELECT id, ordinal FROM corpus_entities WHERE id = ANY(@i);", ("i", ids)))
        using (var reader = read.ExecuteReader())
        {
            while (reader.Read())
            {
                ordinals[reader.GetString(0)] = reader.GetInt64(1);
            }
        }

        long next;
        using (var last = PostgresCommands.Create(connection, transaction, "SELECT COALESCE(MAX(ordinal), -1) + 1 FROM corpus_entities;"))
        {
            next = Convert.ToInt64(last.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        var rows = new List<(NewStoredEntity Entity, long Ordinal, bool Stored)>();
        foreach (var e in LastById(entities, e => e.Id))
        {
            if (!ordinals.TryGetValue(e.Id, out var ordinal))
            {
                ordinals[e.Id] = ordinal = next++;
            }

            rows.Add((e, ordinal, true));
        }

        ReplaceEntities(rows);
    }

    /// <summary>Writes the entities' rows and their aliases, dropping the stored aliases of those that had some.</summary>
    private void ReplaceEntities(List<(NewStoredEntity Entity, long Ordinal, bool Stored)> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var replaced = rows.Where(r => r.Stored).Select(r => r.Entity.Id).ToArray();
        if (replaced.Length > 0)
        {
            PostgresCommands.Execute(connection, transaction, "DELETE FROM corpus_aliases WHERE entity_id = ANY(@i);", ("i", replaced));
        }

        foreach (var batch in PostgresCommands.Batches(rows, r => r.Entity.Json.Length))
        {
            PostgresCommands.Execute(connection, transaction, """
                INSERT INTO corpus_entities (id, ordinal, mentions, json) SELECT * FROM unnest(@i::text[], @o::bigint[], @m::integer[], @j::text[])
                ON CONFLICT (id) DO UPDATE SET ordinal = excluded.ordinal, mentions = excluded.mentions, json = excluded.json;
                """,
                ("i", batch.Select(r => r.Entity.Id).ToArray()),
                ("o", batch.Select(r => r.Ordinal).ToArray()),
                ("m", batch.Select(r => r.Entity.Mentions).ToArray()),
                ("j", batch.Select(r => r.Entity.Json).ToArray()));
        }

        var aliases = rows.SelectMany(r => r.Entity.Names.Select(name => (Name: name, r.Entity.Id))).ToList();
        foreach (var batch in PostgresCommands.Batches(aliases, _ => 0, rows: 50_000))
        {
            PostgresCommands.Execute(connection, transaction, """
                INSERT INTO corpus_aliases (name, entity_id) SELECT * FROM unnest(@n::text[], @i::text[])
                ON CONFLICT DO NOTHING;
                """,
                ("n", batch.Select(a => a.Name).ToArray()),
                ("i", batch.Select(a => a.Id).ToArray()));
        }
    }

    /// <summary>Applies the day counts' changes, dropping days left without events.</summary>
    private void WriteEventDays(Dictionary<string, long> days)
    {
        var changes = days.Where(d => d.Value != 0).OrderBy(d => d.Key, StringComparer.Ordinal).ToList();
        if (changes.Count == 0)
        {
            return;
        }

        PostgresCommands.Execute(connection, transaction, """
            INSERT INTO corpus_event_days (day, events) SELECT * FROM unnest(@d::text[], @n::bigint[])
            ON CONFLICT (day) DO UPDATE SET events = corpus_event_days.events + excluded.events;
            """,
            ("d", changes.Select(d => d.Key).ToArray()),
            ("n", changes.Select(d => d.Value).ToArray()));
        PostgresCommands.Execute(connection, transaction, "DELETE FROM corpus_event_days WHERE events <= 0;");
    }

    /// <summary>The SHA-256 of the text's UTF-8 (the server's encoding of it), in hex.</summary>
    private static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Each key's last item, in the order of the keys' first appearance (one statement may not change a row twice).</summary>
    private static IEnumerable<T> LastById<T, TKey>(IEnumerable<T> items, Func<T, TKey> key)
        where TKey : notnull
    {
        var last = new Dictionary<TKey, int>();
        var list = new List<T>();
        foreach (var item in items)
        {
            if (last.TryGetValue(key(item), out var at))
            {
                list[at] = item;
            }
            else
            {
                last[key(item)] = list.Count;
                list.Add(item);
            }
        }

        return list;
    }
}
