using System.Globalization;
using Npgsql;

namespace Chronicle.Storage.Postgres;

/// <summary>
/// The versioned schema of a PostgreSQL store, with the same tables and meaning as the SQLite one
/// (<see cref="SchemaMigrations"/>): the applied steps are rows of schema_migrations. Opening a database
/// takes a transaction-scoped advisory lock, so that several processes opening one fresh database at once
/// migrate it exactly once; DDL is transactional in PostgreSQL, so a failed step leaves nothing behind.
/// Append new steps at the end; never edit a published one.
/// </summary>
public static class PostgresSchema
{
    /// <summary>The advisory lock key that serialises migrations (any constant that no other tool uses).</summary>
    public const long MigrationLockKey = 0x43_68_72_6F_6E_69_63_6C; // "Chronicl" in ASCII

    public static IReadOnlyList<Migration> Steps { get; } =
    [
        new(1, "articles, origins, sentences and layers", """
            CREATE TABLE articles (
                id text COLLATE "C" PRIMARY KEY,
                origin text COLLATE "C" NOT NULL,
                format text NOT NULL,
                title text,
                outlet text,
                author text,
                url text,
                text text NOT NULL,
                published date,
                published_evidence text NOT NULL,
                published_earliest date,
                published_latest date,
                evidence_text text,
                evidence_source text,
                zones text NOT NULL,
                removed text NOT NULL,
                warnings text NOT NULL,
                sentence_count integer NOT NULL
            );
            CREATE INDEX articles_by_published ON articles (published, id);
            CREATE TABLE article_origins (
                article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
                origin text COLLATE "C" NOT NULL,
                PRIMARY KEY (article_id, origin)
            );
            CREATE TABLE sentences (
                article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
                idx integer NOT NULL,
                start integer NOT NULL,
                "end" integer NOT NULL,
                tokens bytea NOT NULL,
                PRIMARY KEY (article_id, idx)
            );
            CREATE TABLE article_layers (
                article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
                layer text COLLATE "C" NOT NULL,
                json text NOT NULL,
                PRIMARY KEY (layer, article_id)
            );
            """),
        new(2, "sentence search", """
            -- Like SQLite's unicode61 tokenizer with remove_diacritics: words lower-cased, accents removed,
            -- no stemming and no stop words. unaccent is a trusted extension (a database owner may create
            -- it); where the server lacks it, search still works, only accents then count.
            DO $$
            BEGIN
                CREATE EXTENSION IF NOT EXISTS unaccent;
            EXCEPTION WHEN OTHERS THEN
                RAISE NOTICE 'unaccent is not available (%): accents will count in searches', SQLERRM;
            END $$;
            CREATE TEXT SEARCH CONFIGURATION chronicle_search (COPY = pg_catalog.simple);
            DO $$
            BEGIN
                IF EXISTS (SELECT 1 FROM pg_ts_dict WHERE dictname = 'unaccent') THEN
                    ALTER TEXT SEARCH CONFIGURATION chronicle_search
                        ALTER MAPPING FOR word, hword, hword_part, numword, numhword, hword_numpart WITH unaccent, simple;
                END IF;
            END $$;
            ALTER TABLE sentences
                ADD COLUMN text text NOT NULL DEFAULT '',
                ADD COLUMN document tsvector GENERATED ALWAYS AS (to_tsvector('chronicle_search', text)) STORED;
            CREATE INDEX sentences_search ON sentences USING gin (document);
            """),
        new(3, "cross-article index: resolved entities and their aliases, fusion blocks, fused events with their heads, participants and first days, refined event mentions, the document order", """
            -- The tables of SQLite's steps 4 to 7, with their meaning. Every text that an ORDER BY, a range
            -- or a key's order reads is in the "C" collation: SQLite compares text byte-wise, and the index's
            -- output follows those orders. JSON stays text: its bytes are the output's.
            CREATE TABLE corpus_articles (
                article_id text COLLATE "C" PRIMARY KEY,
                keys text NOT NULL
            );
            CREATE TABLE corpus_mentions (
                article_id text COLLATE "C" NOT NULL,
                idx integer NOT NULL,
                block bigint NOT NULL,
                link text NOT NULL,
                PRIMARY KEY (article_id, idx)
            );
            CREATE INDEX corpus_mentions_by_block ON corpus_mentions (block);
            CREATE TABLE corpus_events (
                id bigint PRIMARY KEY,
                block bigint NOT NULL,
                sort_key text COLLATE "C" NOT NULL,
                json text NOT NULL
            );
            CREATE INDEX corpus_events_by_block ON corpus_events (block);
            CREATE INDEX corpus_events_by_order ON corpus_events (sort_key, id);
            CREATE TABLE corpus_event_keys (
                entity_key text COLLATE "C" NOT NULL,
                event_id bigint NOT NULL,
                PRIMARY KEY (entity_key, event_id)
            );
            CREATE INDEX corpus_event_keys_by_event ON corpus_event_keys (event_id);
            CREATE TABLE corpus_event_heads (
                id bigint PRIMARY KEY,
                head text NOT NULL
            );
            CREATE TABLE corpus_event_days (
                day text COLLATE "C" PRIMARY KEY,
                events bigint NOT NULL
            );
            CREATE TABLE corpus_entities (
                id text COLLATE "C" PRIMARY KEY,
                ordinal bigint NOT NULL,
                mentions integer NOT NULL,
                json text NOT NULL
            );
            CREATE INDEX corpus_entities_by_ordinal ON corpus_entities (ordinal);
            CREATE TABLE corpus_aliases (
                name text COLLATE "C" NOT NULL,
                entity_id text COLLATE "C" NOT NULL,
                PRIMARY KEY (name, entity_id)
            );
            CREATE INDEX corpus_aliases_by_entity ON corpus_aliases (entity_id);
            CREATE TABLE corpus_refined (
                article_id text COLLATE "C" PRIMARY KEY,
                json text NOT NULL
            );
            CREATE TABLE corpus_documents (
                article_id text COLLATE "C" PRIMARY KEY,
                number integer NOT NULL
            );
            """),
        new(4, "cross-article index: each event's documents and its shown form with its own conflicts (filled for stored events by the next index update)", """
            CREATE TABLE corpus_event_shown (
                id bigint PRIMARY KEY,
                documents text NOT NULL,
                shown text
            );
            CREATE TABLE corpus_pending (
                task text COLLATE "C" PRIMARY KEY
            );
            INSERT INTO corpus_pending (task) SELECT 'shown events' WHERE EXISTS (SELECT 1 FROM corpus_events);
            """),
    ];

    public static int CurrentVersion => Steps[^1].Version;

    /// <summary>Brings the database to the current version (under the migration lock).</summary>
    /// <exception cref="StoreSchemaException">The database's schema is newer than this code knows.</exception>
    public static void Apply(NpgsqlConnection connection, string describedAs)
    {
        using var transaction = connection.BeginTransaction();
        Execute(connection, transaction, $"SELECT pg_advisory_xact_lock({MigrationLockKey.ToString(CultureInfo.InvariantCulture)});");
        Execute(connection, transaction, """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version integer PRIMARY KEY,
                name text NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now()
            );
            """);
        var version = ReadVersion(connection, transaction);
        if (version > CurrentVersion)
        {
            throw new StoreSchemaException(
                $"{describedAs}: the store's schema is version {version}, newer than the version {CurrentVersion} this Chronicle knows; use a newer Chronicle to open it.");
        }

        foreach (var step in Steps.Where(s => s.Version > version))
        {
            Execute(connection, transaction, step.Sql);
            using var record = new NpgsqlCommand("INSERT INTO schema_migrations (version, name) VALUES (@version, @name);", connection, transaction);
            record.Parameters.AddWithValue("version", step.Version);
            record.Parameters.AddWithValue("name", step.Name);
            record.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    public static int ReadVersion(NpgsqlConnection connection, NpgsqlTransaction? transaction = null)
    {
        using var command = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM schema_migrations;", connection, transaction);
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        command.ExecuteNonQuery();
    }
}
