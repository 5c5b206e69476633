using Chronicle.Evaluation.Timex;
using Chronicle.Time;

namespace Chronicle.Tests.Time;

public class TimeMlWriterTests
{
    [Fact]
    public void WritesInlineTagsAndTheCreationTime()
    {
        const string text = "Prices rose 5% & more on Friday, the <agency> said.";
        var dct = new DateOnly(2013, 3, 22);
        var timexes = new TimexTagger().Tag(text, dct);
        var xml = TimeMlWriter.Write(text, timexes, dct, "doc1");

        Assert.Contains("<DOCID>doc1</DOCID>", xml);
        Assert.Contains("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2013-03-22\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">2013-03-22</TIMEX3></DCT>", xml);
        Assert.Contains("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2013-03-22\"", xml);
        Assert.Contains("&amp; more", xml);
        Assert.Contains("&lt;agency&gt;", xml);
        System.Xml.Linq.XDocument.Parse(xml);
    }

    [Fact]
    public void RoundTripsThroughTheReader()
    {
        const string text = "Talks ended in May 2011, resumed early next year & will last three days.";
        var dct = new DateOnly(2018, 12, 21);
        var timexes = new TimexTagger().Tag(text, dct);
        var doc = TimeMlDocument.Parse(TimeMlWriter.Write(text, timexes, dct, "x"));

        Assert.Equal(text, doc.Text);
        Assert.Equal(dct, doc.Dct);
        Assert.Equal(timexes.Select(t => (t.Span, t.Value, t.Type, t.Mod)), doc.Timexes.Select(t => (t.Span, t.Value, t.Type, t.Mod)));
    }
}
