using Chronicle.Storage;

namespace Chronicle.Tests.Storage;

public class ArticleIdentityTests
{
    [Fact]
    public void Id_is_sixteen_lower_case_hex_characters()
    {
        var id = ArticleIdentity.ComputeId("The harbour reopened on Monday.");
        Assert.Matches("^[0-9a-f]{16}$", id);
    }

    [Fact]
    public void Same_text_with_other_spacing_case_and_unicode_form_has_the_same_id()
    {
        var a = ArticleIdentity.ComputeId("The harbour reopened\non Monday.");
        var b = ArticleIdentity.ComputeId("  THE harbour\u00A0\u00A0reopened  on\u2009Monday.\r\n");
        var c = ArticleIdentity.ComputeId("The harbour reopened on Monday.".Replace("o", "\uFF4F", StringComparison.Ordinal));
        Assert.Equal(a, b);
        Assert.Equal(a, c);
    }

    [Theory]
    [InlineData("caf\u00E9 \uFB01nal \u2460 \uAC01", "cafe\u0301 final 1 \u1100\u1161\u11A8")]
    [InlineData("a\u0323\u0301", "a\u0301\u0323")]
    [InlineData("\uD835\uDC00BC", "ABC")]
    public void Compatibility_equivalent_texts_have_the_same_id(string one, string other)
    {
        Assert.Equal(ArticleIdentity.ComputeId(one), ArticleIdentity.ComputeId(other));
    }

    [Fact]
    public void Different_texts_have_different_ids()
    {
        Assert.NotEqual(ArticleIdentity.ComputeId("The harbour reopened."), ArticleIdentity.ComputeId("The harbour closed."));
    }

    [Fact]
    public void Normalisation_collapses_spaces_trims_and_folds_case()
    {
        Assert.Equal("a b c", ArticleIdentity.Normalize("\t A \u202F\u200B B\n\nc  "));
        Assert.Equal(string.Empty, ArticleIdentity.Normalize(" \n "));
    }

    [Fact]
    public void Lone_surrogates_do_not_throw()
    {
        Assert.Matches("^[0-9a-f]{16}$", ArticleIdentity.ComputeId("bad \uD800 text"));
    }
}
