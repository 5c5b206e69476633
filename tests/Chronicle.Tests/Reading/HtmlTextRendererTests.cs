using Chronicle.Reading;

namespace Chronicle.Tests.Reading;

public class HtmlTextRendererTests
{
    [Fact]
    public void BlocksBecomeParagraphsAndBrALineBreak()
    {
        var text = HtmlTextRenderer.FragmentToText("<h2>Heading</h2><p>First   line<br/>second\n line</p><ul><li>one</li><li>two</li></ul><div>loose <b>bold</b> text</div>");
        Assert.Equal("Heading\n\nFirst line\nsecond line\n\none\n\ntwo\n\nloose bold text", text);
    }

    [Fact]
    public void PreformattedTextKeepsItsSpacing()
    {
        Assert.Equal("a  b\n  c", HtmlTextRenderer.FragmentToText("<pre>a  b\n  c</pre>"));
    }

    [Fact]
    public void ScriptsStylesAndFormsAreDropped()
    {
        Assert.Equal("kept", HtmlTextRenderer.FragmentToText("<script>x()</script><style>p{}</style><p>kept</p><form><button>Go</button></form>"));
    }

    [Fact]
    public void TableCellsAreSeparatedAndRowsAreLines()
    {
        Assert.Equal("Date Event\n\nMarch Vote", HtmlTextRenderer.FragmentToText("<table><tr><th>Date</th><th>Event</th></tr><tr><td>March</td><td>Vote</td></tr></table>"));
    }

    [Fact]
    public void NoBreakSpaceEntitiesSurviveAndAreNotCollapsed()
    {
        Assert.Equal("12\u00A0\u00A0March", HtmlTextRenderer.FragmentToText("<p>12&nbsp;&nbsp;March</p>"));
    }

    [Theory]
    [InlineData("plain words", false)]
    [InlineData("a < b and c > d", false)]
    [InlineData("<p>para</p>", true)]
    [InlineData("line<br>next", true)]
    public void LooksLikeHtmlNeedsATag(string text, bool expected)
    {
        Assert.Equal(expected, HtmlTextRenderer.LooksLikeHtml(text));
    }
}
