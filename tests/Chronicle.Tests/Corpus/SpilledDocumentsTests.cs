using System.Text.Json;
using Chronicle.Corpus;
using Chronicle.Fusion;
using Chronicle.Model;
using Chronicle.Tests.Events;

namespace Chronicle.Tests.Corpus;

public class SpilledDocumentsTests
{
    private static EventFixture World() => new EventFixture()
        .Entity("Kestrel Party", "ORG").Entity("Tomas Vell", "PERSON").Entity("Ana Vell", "PERSON").Entity("Halden", "GPE").Entity("Norvia", "GPE")
        .Time("on March 3", "2021-03-03").Time("in 2020", "2020-01-01", "2020-12-31", "year", "2020");

    private const string Text = "A Kestrel Party jet crashed into the sea late on March 3. Tomas Vell met Ana Vell in Halden, Norvia said. "
        + "The meeting ended early. Talks in 2020 had failed. \u2211 Ivo Marrek did not resign.";

    private static DocumentEvents Whole(DateEvidence evidence) =>
        new("norvia-1", evidence == DateEvidence.Explicit ? new DateOnly(2021, 6, 1) : null, evidence, Text, World().Extract(Text, "2021-06-01"))
        {
            Written = evidence == DateEvidence.Explicit ? (new DateOnly(2021, 6, 1), new DateOnly(2021, 6, 1)) : (new DateOnly(2021, 1, 1), null),
        };

    [Theory]
    [InlineData(DateEvidence.Explicit, true)]
    [InlineData(DateEvidence.Inferred, true)]
    [InlineData(DateEvidence.Explicit, false)]
    public void A_document_reads_back_as_it_was_kept(DateEvidence evidence, bool excerpted)
    {
        var doc = excerpted ? FusionExcerpts.Excerpted(Whole(evidence)) : Whole(evidence) with { Signature = SyndicationSignature.Of(Text) };
        Assert.True(doc.Mentions.Count >= 3);
        using var spilled = new SpilledDocuments();
        spilled.Add("other", Whole(DateEvidence.Explicit));
        spilled.Add("a", doc);

        var back = spilled.Read("a", null);

        Assert.Equal(Json(doc), Json(back));
        Assert.Equal(doc.Written, back.Written);
        Assert.Equal(doc.Text, back.Text);
        Assert.Equal(doc.Signature!.Hashes, back.Signature!.Hashes);
        Assert.Equal(doc.Excerpts is null, back.Excerpts is null);
        for (var i = 0; i < Text.Length; i++)
        {
            Assert.Equal(FusionText.Of(doc)[i], FusionText.Of(back)[i]);
        }
    }

    [Fact]
    public void Only_the_mentions_asked_for_are_read_in_their_order()
    {
        var doc = FusionExcerpts.Excerpted(Whole(DateEvidence.Explicit));
        using var spilled = new SpilledDocuments();
        spilled.Add("a", doc);

        var back = spilled.Read("a", new HashSet<int> { 2, 0 });

        Assert.Equal(Json(doc with { Mentions = [doc.Mentions[0], doc.Mentions[2]] }), Json(back));
        Assert.Equal(EventFuser.Default.FuseAll([doc with { Mentions = [doc.Mentions[0], doc.Mentions[2]] }]).Events.Select(e => JsonSerializer.Serialize(e)), EventFuser.Default.FuseAll([back]).Events.Select(e => JsonSerializer.Serialize(e)));
    }

    private static string Json(DocumentEvents doc) => JsonSerializer.Serialize(doc with { Excerpts = null, Signature = null });
}
