using Chronicle.Model;
using Npgsql;

namespace Chronicle.Storage.Postgres;

/// <summary>
/// PostgreSQL's part of a batch: dates as date values, and all of an article's sentences (tokens and
/// search text; the tsvector is a generated column) in one INSERT over unnest(arrays), one round trip
/// per article instead of one per sentence.
/// </summary>
internal sealed class PostgresBatchWriter : BatchWriter
{
    private readonly BoundCommand insertSentences;

    public PostgresBatchWriter(NpgsqlConnection connection, NpgsqlTransaction transaction)
        : base(connection, transaction)
    {
        insertSentences = new BoundCommand(connection, transaction, """
            INSERT INTO sentences (article_id, idx, start, "end", tokens, text)
            SELECT @id, s.idx, s.start, s."end", s.tokens, s.text
            FROM unnest(@idx::integer[], @start::integer[], @end::integer[], @tokens::bytea[], @text::text[]) AS s (idx, start, "end", tokens, text);
            """,
            "@id", "@idx", "@start", "@end", "@tokens", "@text");
    }

    public override void Dispose()
    {
        insertSentences.Dispose();
        base.Dispose();
    }

    protected override object? DateValue(DateOnly? date) => date;

    protected override void InsertSentences(Article article)
    {
        var sentences = article.Sentences;
        if (sentences.Count == 0)
        {
            return;
        }

        var idx = new int[sentences.Count];
        var start = new int[sentences.Count];
        var end = new int[sentences.Count];
        var tokens = new byte[sentences.Count][];
        var text = new string[sentences.Count];
        for (var n = 0; n < sentences.Count; n++)
        {
            var sentence = sentences[n];
            idx[n] = sentence.Index;
            start[n] = sentence.Span.Start;
            end[n] = sentence.Span.End;
            tokens[n] = TokenPacking.Pack(sentence.Tokens, sentence.Span.Start);
            text[n] = SentenceText(article, sentence);
        }

        insertSentences.Execute(article.Id, idx, start, end, tokens, text);
    }
}
