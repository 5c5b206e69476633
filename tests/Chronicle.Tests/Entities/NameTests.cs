using Chronicle.Entities.Linking;
using Chronicle.Entities.Resolution;

namespace Chronicle.Tests.Entities;

public sealed class NameTests
{
    [Theory]
    [InlineData("the  Ocean Council's", "Ocean Council")]
    [InlineData("Army-backed Northern Alliance", "Northern Alliance")]
    [InlineData("Nadia\u00a0Rossi", "Nadia Rossi")]
    [InlineData("Acme’s", "Acme")]
    public void Names_are_cleaned(string raw, string expected) => Assert.Equal(expected, NameText.Clean(raw));

    [Theory]
    [InlineData("WHO", "World Health Organization", true)]
    [InlineData("NLF", "National Liberation Front", true)]
    [InlineData("U.N.", "United Nations", true)]
    [InlineData("BoE", "Bank of England", false)]
    [InlineData("ABC", "National Liberation Front", false)]
    public void Acronyms(string acronym, string name, bool expected) => Assert.Equal(expected, NameText.IsAcronymOf(acronym, name));

    [Theory]
    [InlineData("Yousef", "Yusef")]
    [InlineData("Kareem", "Karim")]
    [InlineData("Farouq", "Farouk")]
    [InlineData("Alexey", "Alexei")]
    [InlineData("Mohammed", "Muhammad")]
    [InlineData("al-Masri", "Masri")]
    [InlineData("Organisation", "Organization")]
    [InlineData("Hüseyin", "Huseyin")]
    public void Transliteration_variants_share_a_key(string a, string b)
    {
        Assert.Equal(NameKey.Key(a), NameKey.Key(b));
        Assert.True(EntityResolver.WordSimilarity(a, b) >= EntityResolver.MinSimilarity);
    }

    [Theory]
    [InlineData("Omar", "Amir")]
    [InlineData("Karim", "Kamal")]
    [InlineData("Boris", "Doris")]
    public void Different_names_do_not_match(string a, string b) => Assert.True(EntityResolver.WordSimilarity(a, b) < EntityResolver.MinSimilarity);

    [Fact]
    public void Jaro_winkler_known_values()
    {
        Assert.Equal(0.961, JaroWinkler.Similarity("martha", "marhta"), 3);
        Assert.Equal(1.0, JaroWinkler.Similarity("same", "same"));
        Assert.Equal(0.0, JaroWinkler.Similarity("abc", "xyz"));
    }

    [Fact]
    public void Slugs_are_ascii()
    {
        Assert.Equal("jose-alvarez-1", EntityResolver.Slug("José Álvarez (1)"));
    }
}
