using Chronicle.Model;
using Chronicle.Segmentation;

namespace Chronicle.Tests.Segmentation;

public class TokenizerTests
{
    private static string[] Texts(string text) =>
        Tokenizer.Default.Tokenize(text).Select(t => t.Span.Slice(text).ToString()).ToArray();

    private static TokenKind KindOf(string text, string token) =>
        Tokenizer.Default.Tokenize(text).First(t => t.Span.Slice(text).SequenceEqual(token)).Kind;

    [Fact]
    public void Splits_punctuation_from_words()
    {
        Assert.Equal(["Rain", "fell", ",", "then", "stopped", "."], Texts("Rain fell, then stopped."));
        Assert.Equal(TokenKind.Punctuation, KindOf("Rain fell, then stopped.", ","));
    }

    [Theory]
    [InlineData("Dr.")]
    [InlineData("Gen.")]
    [InlineData("Feb.")]
    [InlineData("Inc.")]
    [InlineData("St.")]
    [InlineData("Jan.")]
    public void Keeps_listed_abbreviations_with_their_period(string abbreviation)
    {
        var text = $"Met {abbreviation} Lorimer today.";
        Assert.Equal(["Met", abbreviation, "Lorimer", "today", "."], Texts(text));
    }

    [Theory]
    [InlineData("U.S.")]
    [InlineData("U.N.")]
    [InlineData("a.m.")]
    [InlineData("p.m.")]
    public void Keeps_dotted_acronyms_whole(string acronym)
    {
        Assert.Equal(["at", acronym, "sharp"], Texts($"at {acronym} sharp"));
    }

    [Fact]
    public void Keeps_initials_with_their_period()
    {
        Assert.Equal(["Harold", "J.", "Pemberton", "spoke"], Texts("Harold J. Pemberton spoke"));
    }

    [Fact]
    public void Abbreviation_before_number_only_when_a_number_follows()
    {
        Assert.Equal(["Room", "No.", "7"], Texts("Room No. 7"));
        Assert.Equal(["He", "said", "No", "."], Texts("He said No."));
    }

    [Theory]
    [InlineData("3.5")]
    [InlineData("1,967")]
    [InlineData("2,400,000")]
    [InlineData("2031-04-17")]
    [InlineData("10:30")]
    [InlineData("4/17/2031")]
    public void Keeps_numbers_dates_and_times_as_one_number(string number)
    {
        var text = $"about {number} units";
        Assert.Equal(["about", number, "units"], Texts(text));
        Assert.Equal(TokenKind.Number, KindOf(text, number));
    }

    [Fact]
    public void Currency_and_percent_are_symbols_beside_the_number()
    {
        Assert.Equal(["$", "1.2", "billion", "and", "12.5", "%"], Texts("$1.2 billion and 12.5%"));
        Assert.Equal(TokenKind.Symbol, KindOf("$1.2", "$"));
        Assert.Equal(TokenKind.Symbol, KindOf("12.5%", "%"));
        Assert.Equal(TokenKind.Number, KindOf("12.5%", "12.5"));
    }

    [Fact]
    public void Does_not_join_a_list_comma_or_a_final_period_into_a_number()
    {
        Assert.Equal(["in", "1998", ",", "42", "ships", "left", "in", "2003", "."], Texts("in 1998, 42 ships left in 2003."));
    }

    [Theory]
    [InlineData("Ten-Day")]
    [InlineData("intra-party")]
    [InlineData("well-known")]
    [InlineData("five-year-old")]
    public void Keeps_hyphenated_words_whole(string word)
    {
        Assert.Equal(["a", word, "affair"], Texts($"a {word} affair"));
        Assert.Equal(TokenKind.Word, KindOf($"a {word} affair", word));
    }

    [Fact]
    public void Number_with_a_hyphenated_word_is_a_word()
    {
        Assert.Equal(TokenKind.Word, KindOf("a 12-member panel", "12-member"));
    }

    [Theory]
    [InlineData("don't", "do", "n't")]
    [InlineData("can't", "ca", "n't")]
    [InlineData("Orwin's", "Orwin", "'s")]
    [InlineData("Orwin\u2019s", "Orwin", "\u2019s")]
    [InlineData("don\u2019t", "do", "n\u2019t")]
    [InlineData("they're", "they", "'re")]
    [InlineData("we'll", "we", "'ll")]
    [InlineData("I'm", "I", "'m")]
    public void Splits_contractions(string word, string first, string second)
    {
        Assert.Equal([first, second, "go"], Texts($"{word} go"));
    }

    [Fact]
    public void Keeps_apostrophes_inside_names()
    {
        Assert.Equal(["Mr.", "O'Hallaran", "left"], Texts("Mr. O'Hallaran left"));
    }

    [Fact]
    public void Possessive_apostrophe_after_s_is_punctuation()
    {
        Assert.Equal(["the", "ministers", "'", "talks"], Texts("the ministers' talks"));
    }

    [Theory]
    [InlineData("https://news.example.org/a/b?id=3&x=(2)")]
    [InlineData("http://example.com/path")]
    [InlineData("www.example.net/story")]
    public void Keeps_urls_whole_without_trailing_punctuation(string url)
    {
        Assert.Equal(["see", url, "."], Texts($"see {url}."));
    }

    [Fact]
    public void Keeps_email_addresses_and_handles_whole()
    {
        Assert.Equal(["mail", "desk.editor@paper.example.com", "or", "@river_watch", "now"],
            Texts("mail desk.editor@paper.example.com or @river_watch now"));
    }

    [Fact]
    public void Quotes_are_punctuation()
    {
        var text = "\u201CNever,\u201D she said, \"not once.\"";
        Assert.Equal(["\u201C", "Never", ",", "\u201D", "she", "said", ",", "\"", "not", "once", ".", "\""], Texts(text));
        Assert.Equal(TokenKind.Punctuation, KindOf(text, "\u201C"));
        Assert.Equal(TokenKind.Punctuation, KindOf(text, "\""));
    }

    [Fact]
    public void Dashes_and_ellipses_are_one_token_each()
    {
        Assert.Equal(["wait", "\u2014", "then", "...", "nothing", "\u2026", "1990", "\u2013", "1995", "--", "end"],
            Texts("wait\u2014then... nothing\u2026 1990\u20131995 -- end"));
    }

    [Theory]
    [InlineData('\u00A0')]
    [InlineData('\u2009')]
    [InlineData('\u202F')]
    [InlineData('\u3000')]
    [InlineData('\u200B')]
    public void Any_unicode_space_separates_tokens(char space)
    {
        Assert.Equal(["12", "km", "north"], Texts($"12{space}km{space}north"));
    }

    [Fact]
    public void Offsets_point_into_the_text()
    {
        var text = "  Ann's 3.5%\u00A0rise.";
        var tokens = Tokenizer.Default.Tokenize(text);
        Assert.Equal(new Span(2, 5), tokens[0].Span);
        Assert.Equal(new Span(5, 7), tokens[1].Span);
        Assert.Equal(new Span(8, 11), tokens[2].Span);
    }

    [Fact]
    public void Tokenizes_only_the_given_span_with_absolute_offsets()
    {
        var text = "First part. Second part.";
        var tokens = new List<Token>();
        Tokenizer.Default.Tokenize(text, new Span(12, text.Length), tokens);
        Assert.Equal(["Second", "part", "."], tokens.Select(t => t.Span.Slice(text).ToString()));
        Assert.Equal(12, tokens[0].Span.Start);
    }
}
