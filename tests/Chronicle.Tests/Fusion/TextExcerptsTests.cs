using System.Text.Json;
using Chronicle.Corpus;
using Chronicle.Fusion;
using Chronicle.Model;
using Chronicle.Tests.Events;

namespace Chronicle.Tests.Fusion;

public class TextExcerptsTests
{
    private static EventFixture World() => new EventFixture()
        .Entity("Kestrel Party", "ORG").Entity("Tomas Vell", "PERSON").Entity("Ana Dorr", "PERSON").Entity("Halden", "GPE")
        .Time("on March 3", "2021-03-03").Time("on March 4", "2021-03-04");

    private static DocumentEvents Doc(string id, string text) =>
        new(id, new DateOnly(2021, 6, 1), DateEvidence.Explicit, text, World().Extract(text, "2021-06-01"));

    private const string Filler = "Weather in the valley stayed mild for most of the week, and the markets were quiet. ";

    [Fact]
    public void Kept_parts_read_at_their_offsets_and_the_rest_reads_as_nothing()
    {
        const string text = "Alpha beta. Gamma d\u00E9lta \u2211 end.";
        var excerpts = new TextExcerpts(text, [(12, 20), (0, 5), (18, 30)]);
        Assert.Equal(text.Length, excerpts.Length);
        Assert.Equal(5 + 18, excerpts.Kept);
        Assert.Equal('A', excerpts[0]);
        Assert.Equal('\0', excerpts[7]);
        Assert.Equal("Gamma d\u00E9lta \u2211 end.", excerpts.Slice(12, 18).ToString());
        Assert.Equal("d\u00E9lta", excerpts.Slice(18, 5).ToString());
        Assert.Equal("a\0\0\0", excerpts.Slice(4, 4).ToString());
    }

    [Fact]
    public void Fusing_excerpted_documents_gives_the_events_of_the_whole_texts()
    {
        var a = Filler + "A Kestrel Party jet crashed into the sea late on March 3. " + Filler + "Tomas Vell met Ana Dorr in Halden. " + Filler;
        var b = Filler + "A Kestrel Party jet crashed on March 4, killing everyone on board. " + Filler + "The meeting of Tomas Vell and Ana Dorr ended early.";
        DocumentEvents[] whole = [Doc("a", a), Doc("b", b), Doc("c", b)];
        var excerpted = whole.Select(FusionExcerpts.Excerpted).ToArray();

        Assert.All(excerpted, d => Assert.True(d.Excerpts is { } e && e.Kept < e.Length && d.Text.Length == 0));
        Assert.Equal(Json(EventFuser.Default.FuseAll(whole)), Json(EventFuser.Default.FuseAll(excerpted)));
        Assert.Contains(EventFuser.Default.FuseAll(excerpted).SyndicationGroups, g => g.Count == 2);
    }

    private static string Json(FusionResult result) => JsonSerializer.Serialize(result);
}
