using System.CommandLine;
using Chronicle.Cli.Output;
using Chronicle.Storage;

namespace Chronicle.Cli.Commands;

/// <summary>Options shared by several commands, defined once so they read the same everywhere.</summary>
public static class CommonOptions
{
    public const string DefaultDatabase = "chronicle.db";

    public static Option<string> Database() => new("--db")
    {
        Description = "The store: a SQLite file path (created if absent), or a PostgreSQL database as postgres://user:password@host:port/database (or an Npgsql Host=...;Database=... connection string).",
        DefaultValueFactory = _ => DefaultDatabase,
    };

    public static Option<OutputFormat> Format(OutputFormat defaultFormat, params OutputFormat[] allowed)
    {
        var option = new Option<OutputFormat>("--format", "-f")
        {
            Description = "Output format: " + string.Join(", ", allowed.Select(OutputFormats.Name)) + ".",
            DefaultValueFactory = _ => defaultFormat,
        };
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<OutputFormat>();
            if (!allowed.Contains(value))
            {
                result.AddError($"--format {OutputFormats.Name(value)} is not available here; use one of: {string.Join(", ", allowed.Select(OutputFormats.Name))}.");
            }
        });
        return option;
    }

    /// <summary>Opens the store that --db names (ArticleStores decides SQLite or PostgreSQL); any failure is one clear error line.</summary>
    public static IArticleStore OpenStore(string db)
    {
        try
        {
            return ArticleStores.Open(db);
        }
        catch (Exception ex) when (ex is StoreUnavailableException or StoreSchemaException)
        {
            throw new CliFailureException(ex.Message);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
        {
            throw new CliFailureException($"{db}: cannot open the store: {ex.Message}");
        }
    }

    /// <summary>Opens an existing store for reading; a missing file is a clear error rather than an empty new store.</summary>
    public static IArticleStore OpenExistingStore(string db)
    {
        if (!ArticleStores.Exists(db))
        {
            throw new CliFailureException($"{db}: no such store; run 'chronicle ingest PATH... --db {db}' first.");
        }

        return OpenStore(db);
    }
}
