using Chronicle.Evaluation.Timex;
using Chronicle.Time;

namespace Chronicle.Tests.Evaluation;

public class CatTimexDocumentTests
{
    // An invented CAT document: a title, the dateline (the creation time), two annotated sentences, an
    // implicit TIMEX3 with no tokens, and a third sentence after the last markable (not annotated).
    private const string Sample = """
        <?xml version="1.0" ?><Document doc_id="4711" doc_name="4711_Norvia_opens_port" lang="en" url="">
        <token number="0" sentence="0" t_id="1">Norvia</token>
        <token number="1" sentence="0" t_id="2">opens</token>
        <token number="2" sentence="0" t_id="3">port</token>
        <token number="3" sentence="1" t_id="4">May</token>
        <token number="4" sentence="1" t_id="5">4</token>
        <token number="5" sentence="1" t_id="6">,</token>
        <token number="6" sentence="1" t_id="7">2009</token>
        <token number="7" sentence="2" t_id="8">Halden</token>
        <token number="8" sentence="2" t_id="9">'s</token>
        <token number="9" sentence="2" t_id="10">port</token>
        <token number="10" sentence="2" t_id="11">opened</token>
        <token number="11" sentence="2" t_id="12">on</token>
        <token number="12" sentence="2" t_id="13">Friday</token>
        <token number="13" sentence="2" t_id="14">(</token>
        <token number="14" sentence="2" t_id="15">May</token>
        <token number="15" sentence="2" t_id="16">1</token>
        <token number="16" sentence="2" t_id="17">)</token>
        <token number="17" sentence="2" t_id="18">.</token>
        <token number="18" sentence="3" t_id="19">``</token>
        <token number="19" sentence="3" t_id="20">It</token>
        <token number="20" sentence="3" t_id="21">took</token>
        <token number="21" sentence="3" t_id="22">two</token>
        <token number="22" sentence="3" t_id="23">years</token>
        <token number="23" sentence="3" t_id="24">,</token>
        <token number="24" sentence="3" t_id="25">''</token>
        <token number="25" sentence="3" t_id="26">said</token>
        <token number="26" sentence="3" t_id="27">Ana</token>
        <token number="27" sentence="3" t_id="28">Dorr</token>
        <token number="28" sentence="3" t_id="29">.</token>
        <token number="29" sentence="4" t_id="30">It</token>
        <token number="30" sentence="4" t_id="31">closes</token>
        <token number="31" sentence="4" t_id="32">tomorrow</token>
        <token number="32" sentence="4" t_id="33">.</token>
        <Markables>
        <TIMEX3 anchorTimeID="" functionInDocument="CREATION_TIME" m_id="9" type="DATE" value="2009-05-04">
        <token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/><token_anchor t_id="7"/>
        </TIMEX3>
        <TIMEX3 anchorTimeID="9" functionInDocument="NONE" m_id="10" type="DATE" value="2009-05-01">
        <token_anchor t_id="13"/>
        </TIMEX3>
        <TIMEX3 anchorTimeID="9" functionInDocument="NONE" m_id="11" type="DATE" value="2009-05-01">
        <token_anchor t_id="15"/><token_anchor t_id="16"/>
        </TIMEX3>
        <TIMEX3 functionInDocument="NONE" m_id="12" type="DURATION" value="P2Y" mod="APPROX">
        <token_anchor t_id="23"/><token_anchor t_id="22"/>
        </TIMEX3>
        <TIMEX3 functionInDocument="NONE" m_id="13" type="DATE" value="2007-05"/>
        <EVENT_MENTION m_id="20"><token_anchor t_id="21"/></EVENT_MENTION>
        </Markables>
        <Relations/>
        </Document>
        """;

    [Fact]
    public void ReadsTheAnnotatedTextTheCreationTimeAndTheTimexes()
    {
        var doc = CatTimexDocument.Parse(Sample);

        Assert.Equal("4711", doc.DocId);
        Assert.Equal(new DateOnly(2009, 5, 4), doc.Dct);
        Assert.Equal("Norvia opens port\nHalden's port opened on Friday (May 1).\n\"It took two years,\" said Ana Dorr.", doc.Text);
        Assert.Equal(["Friday", "May 1", "two years"], doc.Timexes.Select(t => t.Text));
        foreach (var t in doc.Timexes)
        {
            Assert.Equal(t.Text, doc.Text[t.Span.Start..t.Span.End]);
        }

        var years = doc.Timexes[2];
        Assert.Equal(TimexType.Duration, years.Type);
        Assert.Equal("P2Y", years.Value);
        Assert.Equal("APPROX", years.Mod);
        Assert.Equal("t12", years.Tid);
        Assert.Equal("2009-05-01", doc.Timexes[0].Value);
    }

    [Fact]
    public void AMalformedDocumentGivesAnEmptyOne()
    {
        var doc = CatTimexDocument.Parse("<Document doc_id=\"1\"><token t_id=\"1\">", "fallback");
        Assert.Equal("fallback", doc.DocId);
        Assert.Null(doc.Dct);
        Assert.Equal("", doc.Text);
        Assert.Empty(doc.Timexes);
    }

    [Fact]
    public void AFolderWithoutTimeMlIsReadAsCatOneDocumentPerFileName()
    {
        using var dir = new TempDirectory();
        var a = Directory.CreateDirectory(Path.Combine(dir.Path, "intra-doc_annotation", "corpus_x")).FullName;
        var b = Directory.CreateDirectory(Path.Combine(dir.Path, "intra_cross-doc_annotation", "corpus_x")).FullName;
        File.WriteAllText(Path.Combine(a, "4711_Norvia_opens_port.xml"), Sample);
        File.WriteAllText(Path.Combine(b, "4711_Norvia_opens_port.xml"), Sample);
        File.WriteAllText(Path.Combine(dir.Path, "schema.xsd.xml"), "<schema/>");

        var docs = TimexCorpus.Load(dir.Path, CorpusPart.All);

        var only = Assert.Single(docs);
        Assert.Contains("intra-doc_annotation", only.Path, StringComparison.Ordinal);
        Assert.Equal(3, only.Doc.Timexes.Count);
        Assert.Empty(TimexCorpus.Load(dir.Path, CorpusPart.Dev));
    }

    [Fact]
    public void TheTaggerScoresOnACatDocument()
    {
        var doc = CatTimexDocument.Parse(Sample);
        var system = new TimexTagger(TimexTaggerOptions.TimeBank).Tag(doc.Text, doc.Dct);
        var counts = TimexScorer.Count(TimexScorer.Align(doc.Timexes, system), doc.Timexes.Count, system.Count);
        Assert.Equal(3, counts.Gold);
        Assert.Equal(3, counts.Strict);
        Assert.Equal(3, counts.ValueCorrect);
    }

    [SkippableFact]
    public void MeantimeAppleHoldsThirtyDocumentsWithDatesAndGold()
    {
        SharedData.SkipIfAbsent();
        var folder = SharedData.Path("data", "meantime-apple");
        Skip.IfNot(Directory.Exists(folder), "../shared/data/meantime-apple is absent: test skipped.");

        var docs = TimexCorpus.Load(folder, CorpusPart.All);

        Assert.Equal(30, docs.Count);
        Assert.All(docs, d => Assert.NotNull(d.Doc.Dct));
        Assert.Equal(81, docs.Sum(d => d.Doc.Timexes.Count));
        Assert.All(docs.SelectMany(d => d.Doc.Timexes.Select(t => (d.Doc.Text, t))), p => Assert.Equal(p.t.Text, p.Text[p.t.Span.Start..p.t.Span.End]));
    }
}
