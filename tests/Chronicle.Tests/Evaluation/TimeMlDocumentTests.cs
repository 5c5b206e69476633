using Chronicle.Evaluation.Timex;
using Chronicle.Time;

namespace Chronicle.Tests.Evaluation;

public class TimeMlDocumentTests
{
    private const string Sample = """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>test_doc</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="2001-05-04T10:00" temporalFunction="false" functionInDocument="CREATION_TIME">May 4</TIMEX3></DCT>
        <TEXT>
        Shares <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> 3% &amp; more <TIMEX3 tid="t1" type="DATE" value="2001-05-03" temporalFunction="true" anchorTimeID="t0">yesterday</TIMEX3>, <SIGNAL sid="s1">after</SIGNAL> <TIMEX3 tid="t2" type="DURATION" value="P2W" mod="MORE_THAN">more than two weeks</TIMEX3> of gains.
        </TEXT>
        <TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/>
        </TimeML>
        """;

    [Fact]
    public void ReadsTextTimexesAndCreationTime()
    {
        var doc = TimeMlDocument.Parse(Sample);

        Assert.Equal("test_doc", doc.DocId);
        Assert.Equal(new DateOnly(2001, 5, 4), doc.Dct);
        Assert.Equal("\nShares fell 3% & more yesterday, after more than two weeks of gains.\n", doc.Text);
        Assert.Equal(2, doc.Timexes.Count);

        var first = doc.Timexes[0];
        Assert.Equal("yesterday", doc.Text[first.Span.Start..first.Span.End]);
        Assert.Equal("yesterday", first.Text);
        Assert.Equal(TimexType.Date, first.Type);
        Assert.Equal("2001-05-03", first.Value);
        Assert.Equal("t1", first.Tid);

        var second = doc.Timexes[1];
        Assert.Equal("more than two weeks", second.Text);
        Assert.Equal(TimexType.Duration, second.Type);
        Assert.Equal("MORE_THAN", second.Mod);
    }

    [Fact]
    public void AMalformedDocumentGivesWhatCanBeRead()
    {
        var doc = TimeMlDocument.Parse("<DOCID>x</DOCID><TEXT>no closing tag");
        Assert.Equal("x", doc.DocId);
        Assert.Null(doc.Dct);
        Assert.Empty(doc.Timexes);
    }
}
