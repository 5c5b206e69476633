using Chronicle.Reading;

namespace Chronicle.Tests.Reading;

public class MarkdownConverterTests
{
    [Fact]
    public void SetextHeadingIsTheTitleAndItsUnderlineABlankLine()
    {
        var (text, title) = MarkdownConverter.Convert("Lake news\n=========\n\nBody text.");
        Assert.Equal("Lake news", title);
        Assert.Equal("Lake news\n\n\nBody text.", text);
    }

    [Fact]
    public void InlineMarkupGoesButUnderscoresInsideWordsAndLoneStarsStay()
    {
        var (text, _) = MarkdownConverter.Convert("Read _this_ and **that**, file_name_here, 5 * 3, ~~old~~ \\*literal\\*.");
        Assert.Equal("Read this and that, file_name_here, 5 * 3, old *literal*.", text);
    }

    [Fact]
    public void LinksKeepTextImagesAndReferenceDefinitionsGo()
    {
        var (text, _) = MarkdownConverter.Convert("See [the [full] report][r] and ![chart](c.png) <https://example.org/x>.\n[r]: https://example.org/r");
        Assert.Equal("See the [full] report and  https://example.org/x.\n", text);
    }

    [Fact]
    public void FencedCodeKeepsItsContentAndLosesItsFences()
    {
        var (text, _) = MarkdownConverter.Convert("```\n*not emphasis*\n```\nafter");
        Assert.Equal("\n*not emphasis*\n\nafter", text);
    }

    [Fact]
    public void ATitleNeedsALevelOneHeading()
    {
        Assert.Null(MarkdownConverter.Convert("## Only a subheading\ntext").Title);
    }
}
