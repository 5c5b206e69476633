using Chronicle.Model;
using Chronicle.Segmentation;

namespace Chronicle.Tests.Segmentation;

public class SegmenterTests
{
    private static string[] Sentences(string text, IReadOnlyList<Zone>? zones = null) =>
        Segmenter.Default.Segment(text, zones ?? []).Select(s => s.Span.Slice(text).ToString()).ToArray();

    [Fact]
    public void Splits_after_a_full_stop_before_a_capital()
    {
        Assert.Equal(["The ferry sailed.", "It came back at noon."], Sentences("The ferry sailed. It came back at noon."));
    }

    [Fact]
    public void Splits_after_question_and_exclamation_marks()
    {
        Assert.Equal(["Who paid?", "Nobody knows!", "Ask again."], Sentences("Who paid? Nobody knows! Ask again."));
    }

    [Fact]
    public void Does_not_split_before_a_lower_case_word()
    {
        Assert.Equal(["\"Who paid?\" she asked twice."], Sentences("\"Who paid?\" she asked twice."));
    }

    [Fact]
    public void Does_not_split_after_titles()
    {
        Assert.Equal(["Dr. Velasquez met Gen. Oduya on Feb. 3 in the capital."],
            Sentences("Dr. Velasquez met Gen. Oduya on Feb. 3 in the capital."));
    }

    [Fact]
    public void Does_not_split_after_initials()
    {
        Assert.Equal(["The award went to Marion T. Cole last year."], Sentences("The award went to Marion T. Cole last year."));
    }

    [Fact]
    public void Does_not_split_inside_decimals()
    {
        Assert.Equal(["Output rose 3.5 percent.", "Prices fell."], Sentences("Output rose 3.5 percent. Prices fell."));
    }

    [Fact]
    public void Acronym_followed_by_a_sentence_starter_ends_the_sentence()
    {
        Assert.Equal(["Talks moved to the U.S.", "The delegates agreed."], Sentences("Talks moved to the U.S. The delegates agreed."));
    }

    [Fact]
    public void Acronym_followed_by_a_name_does_not_end_the_sentence()
    {
        Assert.Equal(["The U.S. Navy and Harlow Inc. Directors met."], Sentences("The U.S. Navy and Harlow Inc. Directors met."));
    }

    [Fact]
    public void A_french_company_abbreviation_before_the_rest_of_its_name_does_not_end_the_sentence()
    {
        Assert.Equal(["The board rejected the bid by Cie. Marveau de Tollis.", "Talks go on."], Sentences("The board rejected the bid by Cie. Marveau de Tollis. Talks go on."));
    }

    [Fact]
    public void Closing_quote_after_the_stop_belongs_to_the_sentence()
    {
        Assert.Equal(["He said \"yes.\"", "Then he left."], Sentences("He said \"yes.\" Then he left."));
        Assert.Equal(["She wrote \u201Cnever again.\u201D", "(It was true.)", "Done."],
            Sentences("She wrote \u201Cnever again.\u201D (It was true.) Done."));
    }

    [Fact]
    public void Opening_quote_starts_a_new_sentence()
    {
        Assert.Equal(["He left.", "\"We will return,\" he said."], Sentences("He left. \"We will return,\" he said."));
    }

    [Fact]
    public void Ellipsis_before_a_capital_ends_a_sentence_but_not_before_lower_case()
    {
        Assert.Equal(["It rained\u2026", "Then the sun came."], Sentences("It rained\u2026 Then the sun came."));
        Assert.Equal(["It rained... and then it stopped."], Sentences("It rained... and then it stopped."));
    }

    [Fact]
    public void Paragraphs_bound_sentences_when_there_are_no_zones()
    {
        var text = "Storm Warning Issued\n\nCoastal towns were told to prepare. Schools closed.";
        Assert.Equal(["Storm Warning Issued", "Coastal towns were told to prepare.", "Schools closed."], Sentences(text));
    }

    [Fact]
    public void Single_line_breaks_inside_a_paragraph_do_not_split()
    {
        Assert.Equal(["The council voted\nto close the bridge."], Sentences("The council voted\nto close the bridge."));
    }

    [Fact]
    public void Headline_zone_without_a_full_stop_is_its_own_sentence()
    {
        var text = "Bridge Closed After Flood Coastal towns were told to prepare.";
        var zones = new[]
        {
            new Zone(ZoneKind.Headline, new Span(0, 25), 1),
            new Zone(ZoneKind.Body, new Span(26, text.Length), 2),
        };
        Assert.Equal(["Bridge Closed After Flood", "Coastal towns were told to prepare."], Sentences(text, zones));
    }

    [Fact]
    public void Bulleted_and_numbered_lines_start_new_sentences()
    {
        var text = "The plan has parts:\n\u2022 a new road\n- a school\n1. a clinic\n2) a market";
        Assert.Equal(["The plan has parts:", "\u2022 a new road", "- a school", "1. a clinic", "2) a market"], Sentences(text));
    }

    [Fact]
    public void Sentence_indices_run_over_the_article_and_tokens_lie_inside()
    {
        var text = "One two. Three four.\n\nFive six? Seven.";
        var sentences = Segmenter.Default.Segment(text, []);
        Assert.Equal([0, 1, 2, 3], sentences.Select(s => s.Index));
        foreach (var sentence in sentences)
        {
            Assert.All(sentence.Tokens, t => Assert.True(t.Span.Start >= sentence.Span.Start && t.Span.End <= sentence.Span.End));
            Assert.Equal(sentence.Span.Start, sentence.Tokens[0].Span.Start);
            Assert.Equal(sentence.Span.End, sentence.Tokens[^1].Span.End);
        }
    }

    [Fact]
    public void Empty_and_blank_texts_have_no_sentences()
    {
        Assert.Empty(Segmenter.Default.Segment("", []));
        Assert.Empty(Segmenter.Default.Segment(" \n\u00A0\n ", []));
    }

    [Fact]
    public void Zones_out_of_range_or_overlapping_are_tolerated()
    {
        var text = "Alpha beta. Gamma delta.";
        var zones = new[]
        {
            new Zone(ZoneKind.Body, new Span(5, 500), 1),
            new Zone(ZoneKind.Headline, new Span(-3, 11), 1),
        };
        var sentences = Segmenter.Default.Segment(text, zones);
        Assert.Equal(["Alpha beta.", "Gamma delta."], sentences.Select(s => s.Span.Slice(text).ToString()));
    }
}
