using Chronicle.Model;
using Microsoft.Data.Sqlite;

namespace Chronicle.Storage;

/// <summary>SQLite's part of a batch: ISO text dates, and each sentence as a row plus a row of the FTS5 index.</summary>
internal sealed class SqliteBatchWriter : BatchWriter
{
    private readonly BoundCommand insertSentence;
    private readonly BoundCommand insertSearchText;

    public SqliteBatchWriter(SqliteConnection connection, SqliteTransaction transaction)
        : base(connection, transaction)
    {
        insertSentence = new BoundCommand(connection, transaction, "INSERT INTO sentences (article_id, idx, start, \"end\", tokens) VALUES (@id, @idx, @start, @end, @tokens);",
            "@id", "@idx", "@start", "@end", "@tokens");
        insertSearchText = new BoundCommand(connection, transaction, "INSERT INTO sentences_fts (text, article_id, idx) VALUES (@text, @id, @idx);", "@text", "@id", "@idx");
    }

    public override void Dispose()
    {
        insertSentence.Dispose();
        insertSearchText.Dispose();
        base.Dispose();
    }

    protected override object? DateValue(DateOnly? date) => StoredValues.FormatDate(date);

    protected override void InsertSentences(Article article)
    {
        foreach (var sentence in article.Sentences)
        {
            insertSentence.Execute(article.Id, sentence.Index, sentence.Span.Start, sentence.Span.End, TokenPacking.Pack(sentence.Tokens, sentence.Span.Start));
            insertSearchText.Execute(SentenceText(article, sentence), article.Id, sentence.Index);
        }
    }
}
