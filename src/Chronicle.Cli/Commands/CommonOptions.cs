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
        Description = "The store: a SQLite file path (created if absent).",
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

    public static IArticleStore OpenStore(string path)
    {
        try
        {
            return SqliteArticleStore.Open(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
        {
            throw new CliFailureException($"{path}: cannot open the store: {ex.Message}");
        }
    }

    /// <summary>Opens an existing store for reading; a missing file is a clear error rather than an empty new store.</summary>
    public static IArticleStore OpenExistingStore(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliFailureException($"{path}: no such store; run 'chronicle ingest PATH... --db {path}' first.");
        }

        return OpenStore(path);
    }
}
