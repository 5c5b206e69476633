using Microsoft.Data.Sqlite;

namespace Chronicle.Storage;

/// <summary>One step of the store's schema; steps are applied in order, each in its own transaction.</summary>
public sealed record Migration(int Version, string Name, string Sql);

/// <summary>
/// The versioned schema of the store. The version lives in PRAGMA user_version; opening a file brings it
/// up to <see cref="CurrentVersion"/> by applying the missing steps, and refuses a file of a newer version.
/// Append new steps at the end; never edit a published one.
/// </summary>
public static class SchemaMigrations
{
    public static IReadOnlyList<Migration> Steps { get; } =
    [
        new(1, "articles, origins and sentences", """
            CREATE TABLE articles (
                id TEXT PRIMARY KEY NOT NULL,
                origin TEXT NOT NULL,
                format TEXT NOT NULL,
                title TEXT,
                outlet TEXT,
                author TEXT,
                url TEXT,
                text TEXT NOT NULL,
                published TEXT,
                published_evidence TEXT NOT NULL,
                published_earliest TEXT,
                published_latest TEXT,
                evidence_text TEXT,
                evidence_source TEXT,
                zones TEXT NOT NULL,
                removed TEXT NOT NULL,
                warnings TEXT NOT NULL,
                sentence_count INTEGER NOT NULL
            );
            CREATE TABLE article_origins (
                article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                origin TEXT NOT NULL,
                PRIMARY KEY (article_id, origin)
            ) WITHOUT ROWID;
            CREATE TABLE sentences (
                article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                idx INTEGER NOT NULL,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                tokens BLOB NOT NULL,
                PRIMARY KEY (article_id, idx)
            ) WITHOUT ROWID;
            """),
        new(2, "sentence search and date order", """
            CREATE VIRTUAL TABLE sentences_fts USING fts5(
                text,
                article_id UNINDEXED,
                idx UNINDEXED,
                tokenize = 'unicode61 remove_diacritics 2'
            );
            CREATE INDEX articles_by_published ON articles (published, id);
            """),
        new(3, "annotation layers", """
            CREATE TABLE article_layers (
                article_id TEXT NOT NULL REFERENCES articles (id),
                layer TEXT NOT NULL,
                json TEXT NOT NULL,
                PRIMARY KEY (layer, article_id)
            ) WITHOUT ROWID;
            """),
        new(4, "cross-article index: resolved entities, fusion blocks, fused events", """
            CREATE TABLE corpus_articles (
                article_id TEXT PRIMARY KEY NOT NULL,
                keys TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE TABLE corpus_mentions (
                article_id TEXT NOT NULL,
                idx INTEGER NOT NULL,
                block INTEGER NOT NULL,
                link TEXT NOT NULL,
                PRIMARY KEY (article_id, idx)
            ) WITHOUT ROWID;
            CREATE INDEX corpus_mentions_by_block ON corpus_mentions (block);
            CREATE TABLE corpus_events (
                id INTEGER PRIMARY KEY,
                block INTEGER NOT NULL,
                sort_key TEXT NOT NULL,
                num INTEGER NOT NULL DEFAULT 0,
                json TEXT NOT NULL
            );
            CREATE INDEX corpus_events_by_block ON corpus_events (block);
            CREATE INDEX corpus_events_by_order ON corpus_events (sort_key);
            CREATE TABLE corpus_event_keys (
                entity_key TEXT NOT NULL,
                event_id INTEGER NOT NULL,
                PRIMARY KEY (entity_key, event_id)
            ) WITHOUT ROWID;
            CREATE INDEX corpus_event_keys_by_event ON corpus_event_keys (event_id);
            CREATE TABLE corpus_entities (
                id TEXT PRIMARY KEY NOT NULL,
                ordinal INTEGER NOT NULL,
                mentions INTEGER NOT NULL,
                json TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE TABLE corpus_aliases (
                name TEXT NOT NULL,
                entity_id TEXT NOT NULL,
                PRIMARY KEY (name, entity_id)
            ) WITHOUT ROWID;
            """),
        new(5, "cross-article index: event mentions of articles dated by other articles, aliases by entity", """
            CREATE TABLE corpus_refined (
                article_id TEXT PRIMARY KEY NOT NULL,
                json TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE INDEX corpus_aliases_by_entity ON corpus_aliases (entity_id);
            """),
        new(6, "cross-article index: each article's place (d1..) in the timeline's document order", """
            CREATE TABLE corpus_documents (
                article_id TEXT PRIMARY KEY NOT NULL,
                number INTEGER NOT NULL
            ) WITHOUT ROWID;
            """),
        new(7, "cross-article index: events by first day, from which an event's number (v1..) is counted instead of stored; the indexed articles' ids alone, to count and compare them without reading their states; each event without its sources, for views that pick events by their heads", """
            CREATE TABLE corpus_event_days (
                day TEXT PRIMARY KEY NOT NULL,
                events INTEGER NOT NULL
            ) WITHOUT ROWID;
            INSERT INTO corpus_event_days (day, events) SELECT substr(sort_key, 1, 8), COUNT(*) FROM corpus_events GROUP BY 1;
            CREATE INDEX corpus_articles_ids ON corpus_articles (article_id);
            CREATE TABLE corpus_event_heads (
                id INTEGER PRIMARY KEY,
                head TEXT NOT NULL
            );
            INSERT INTO corpus_event_heads (id, head) SELECT id, json_remove(json, '$.sources') FROM corpus_events;
            """),
        new(8, "document summaries read from an index rather than from the rows behind each article's text; the indexed articles whose state holds a refined date", """
            CREATE INDEX articles_summaries ON articles (id, origin, published, published_evidence, published_earliest, published_latest, outlet, title, sentence_count);
            CREATE INDEX corpus_articles_refined ON corpus_articles (article_id) WHERE instr(keys, '"refined":{') > 0;
            """),
        new(9, "cross-article index: each event's documents and its shown form with its own conflicts, for views that would otherwise read and judge every source (filled for stored events by the next index update)", """
            CREATE TABLE corpus_event_shown (
                id INTEGER PRIMARY KEY,
                documents TEXT NOT NULL,
                shown TEXT
            );
            CREATE TABLE corpus_pending (
                task TEXT PRIMARY KEY NOT NULL
            ) WITHOUT ROWID;
            INSERT INTO corpus_pending (task) SELECT 'shown events' WHERE EXISTS (SELECT 1 FROM corpus_events);
            """),
        // A table without row ids keeps each row inside its key's b-tree, where a frequent entity's megabytes
        // of JSON cost five times the pages to read (the 542 entities of one 100,000-article timeline: 21,000
        // reads for 15 MB). Views show an entity without its merge evidence and names, most of a frequent
        // entity's JSON (318 MB of the 100,000-article store's entities, 95 MB without), first in the row: a
        // column after megabytes of JSON is read through all of their pages. The key rows' days
        // spare a view the event rows of the events it leaves out.
        new(10, "cross-article index: entities in a table with row ids and with the form views show, and each entity key's events with their first days", """
            CREATE TABLE corpus_entities_by_row (
                id TEXT NOT NULL UNIQUE,
                ordinal INTEGER NOT NULL,
                mentions INTEGER NOT NULL,
                shown TEXT NOT NULL,
                json TEXT NOT NULL
            );
            INSERT INTO corpus_entities_by_row (id, ordinal, mentions, shown, json)
                SELECT id, ordinal, mentions, json_remove(json, '$.mergeEvidence', '$.allNames'), json FROM corpus_entities ORDER BY ordinal;
            DROP TABLE corpus_entities;
            ALTER TABLE corpus_entities_by_row RENAME TO corpus_entities;
            CREATE TABLE corpus_event_keys_by_day (
                entity_key TEXT NOT NULL,
                event_id INTEGER NOT NULL,
                day INTEGER,
                PRIMARY KEY (entity_key, event_id)
            ) WITHOUT ROWID;
            INSERT INTO corpus_event_keys_by_day (entity_key, event_id, day)
                SELECT k.entity_key, k.event_id, NULLIF(CAST(substr(e.sort_key, 1, 8) AS INTEGER), 99999999)
                FROM corpus_event_keys AS k JOIN corpus_events AS e ON e.id = k.event_id;
            DROP TABLE corpus_event_keys;
            ALTER TABLE corpus_event_keys_by_day RENAME TO corpus_event_keys;
            CREATE INDEX corpus_event_keys_by_event ON corpus_event_keys (event_id);
            DROP TABLE IF EXISTS corpus_event_spans;
            CREATE TABLE corpus_event_spans (
                span TEXT PRIMARY KEY NOT NULL,
                events INTEGER NOT NULL
            ) WITHOUT ROWID;
            INSERT INTO corpus_event_spans (span, events) SELECT substr(sort_key, 1, length(sort_key) - 20), COUNT(*) FROM corpus_events GROUP BY 1;
            CREATE INDEX corpus_event_spans_empty ON corpus_event_spans (span) WHERE events <= 0;
            """),
        // The triggers list the events to judge as they change: a new event, and one whose twin went (its row goes
        // with the twin's); the index update judges those and the stored events a new one may be nearer to
        // (Corpus.DateTwins). Finding them by comparing the two tables read every event (0.6 s at 100,000 articles).
        new(11, "cross-article index: each event's nearest possible twin (a date conflict's other side), kept as events come and go", """
            DROP TABLE IF EXISTS corpus_event_twins;
            DROP TABLE IF EXISTS corpus_events_unjudged;
            DROP TRIGGER IF EXISTS corpus_events_twins_added;
            DROP TRIGGER IF EXISTS corpus_events_twins_removed;
            CREATE TABLE corpus_event_twins (
                id INTEGER PRIMARY KEY,
                twin INTEGER
            );
            CREATE INDEX corpus_event_twins_by_twin ON corpus_event_twins (twin) WHERE twin IS NOT NULL;
            CREATE TABLE corpus_events_unjudged (
                id INTEGER PRIMARY KEY
            );
            CREATE TRIGGER corpus_events_twins_added AFTER INSERT ON corpus_events BEGIN
                INSERT OR IGNORE INTO corpus_events_unjudged (id) VALUES (new.id);
            END;
            CREATE TRIGGER corpus_events_twins_removed AFTER DELETE ON corpus_events BEGIN
                INSERT OR IGNORE INTO corpus_events_unjudged (id) SELECT id FROM corpus_event_twins WHERE twin = old.id;
                DELETE FROM corpus_event_twins WHERE id = old.id OR twin = old.id;
                DELETE FROM corpus_events_unjudged WHERE id = old.id;
            END;
            INSERT INTO corpus_events_unjudged (id) SELECT id FROM corpus_events;
            """),
    ];

    public static int CurrentVersion => Steps[^1].Version;

    /// <summary>Brings the open connection's database to the current version.</summary>
    /// <exception cref="StoreSchemaException">The file's schema is newer than this code knows.</exception>
    public static void Apply(SqliteConnection connection)
    {
        foreach (var step in Steps)
        {
            if (ReadVersion(connection) >= step.Version)
            {
                continue;
            }

            using var transaction = connection.BeginTransaction();

            // Read again inside the write lock: another process may have migrated meanwhile.
            if (ReadVersion(connection, transaction) >= step.Version)
            {
                transaction.Rollback();
                continue;
            }

            using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = step.Sql + $"\nPRAGMA user_version = {step.Version};";
                command.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        var version = ReadVersion(connection);
        if (version > CurrentVersion)
        {
            throw new StoreSchemaException(
                $"The store's schema is version {version}, newer than the version {CurrentVersion} this Chronicle knows; use a newer Chronicle to open it.");
        }
    }

    public static int ReadVersion(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
