namespace Chronicle.Tests.Cli;

public class SemEvalCommandTests
{
    // Written for this test: two invented TimeML articles about one invented person.
    private const string First = """
        <?xml version='1.0' encoding='utf-8'?>
        <TimeML><DOCID>501</DOCID>
        <DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2014-02-07">2014-02-07</TIMEX3></DCT>
        <EXTRAINFO>Port authority names new chief</EXTRAINFO>
        <TEXT><s id="1">February 7 , 2014</s><s id="2">The port authority on Thursday appointed Marta Quillon as its chief executive .</s><s id="3">Quillon said she would visit the northern docks next month .</s></TEXT>
        </TimeML>
        """;

    private const string Second = """
        <?xml version='1.0' encoding='utf-8'?>
        <TimeML><DOCID>502</DOCID>
        <DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2014-05-20">2014-05-20</TIMEX3></DCT>
        <EXTRAINFO>Port chief resigns</EXTRAINFO>
        <TEXT><s id="1">May 20 , 2014</s><s id="2">Marta Quillon resigned on Monday as chief executive of the port authority .</s></TEXT>
        </TimeML>
        """;

    [Fact]
    public void TimelineWritesTheSemEvalShapeForOneEntity()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(Path.Combine(temp.Path, "501-port.tml"), First);
        File.WriteAllText(Path.Combine(temp.Path, "502-port.tml"), Second);

        var result = CliRunner.Run("timeline", temp.Path, "--entity", "Marta Quillon", "--format", "semeval");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Marta Quillon", lines[0]);
        Assert.All(lines.Skip(1), line => Assert.Matches(@"^\d+\t[0-9X]{4}(-[0-9X]{2}){0,2}(\t50[12]-\d+-\S+)+$", line));

        // "resigned on Monday" in the article of Tuesday 20 May, sentence id 2 as the file gives it.
        Assert.Contains(lines, line => line.EndsWith("\t2014-05-19\t502-2-resigned", StringComparison.Ordinal));
    }

    [Fact]
    public void SemEvalFormatNeedsAnEntity()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(Path.Combine(temp.Path, "501-port.tml"), First);

        var result = CliRunner.Run("timeline", temp.Path, "--format", "semeval");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--entity", result.Error);
    }

    [Fact]
    public void EvalSemEvalBuildsAndScoresTimelines()
    {
        using var temp = new TempDirectory();
        var corpus = Directory.CreateDirectory(Path.Combine(temp.Path, "corpus")).FullName;
        var gold = Directory.CreateDirectory(Path.Combine(temp.Path, "gold")).FullName;
        var output = Path.Combine(temp.Path, "out");
        File.WriteAllText(Path.Combine(corpus, "501-port.tml"), First);
        File.WriteAllText(Path.Combine(corpus, "502-port.tml"), Second);
        File.WriteAllText(Path.Combine(gold, "marta_quillon.txt"), "Marta Quillon\n1\t2014-02-06\t501-2-appointed\n2\t2014-02-07\t501-3-said\n3\t2014-05-19\t502-2-resigned\n");

        var result = CliRunner.Run("eval", "semeval", gold, corpus, "--out", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("micro", result.Out);
        var written = File.ReadAllText(Path.Combine(output, "marta_quillon.txt"));
        Assert.StartsWith("Marta Quillon\n", written, StringComparison.Ordinal);
        Assert.Contains("502-2-resigned", written, StringComparison.Ordinal);

        var rescored = CliRunner.Run("eval", "semeval", gold, "--system", gold);
        Assert.Contains("micro                     1.0000  1.0000  1.0000", rescored.Out, StringComparison.Ordinal);
    }
}
