using Chronicle.Corpus;

namespace Chronicle.Tests.Corpus;

public sealed class FusionBlocksTests
{
    private static readonly int Day = new DateOnly(2020, 5, 4).DayNumber;

    /// <summary>A link whose interval starts exactly at <paramref name="low"/> (the widening is <see cref="MentionLink.Of"/>'s concern).</summary>
    private static MentionLink Link(string[] keys, int sentence, int? low = null, int? high = null, int? day = null, string family = "contact", string? type = null) =>
        new(family, type ?? family.ToUpperInvariant(), keys, sentence, low is not null || high is not null || day is not null, low, high, day, Start: low);

    [Fact]
    public void Mentions_sharing_a_participant_are_one_block()
    {
        var blocks = FusionBlocks.Components([("a", Link(["e1"], 0)), ("b", Link(["e2"], 0)), ("c", Link(["e1", "e3"], 4))]);
        Assert.Equal(blocks[0], blocks[2]);
        Assert.NotEqual(blocks[0], blocks[1]);
    }

    [Fact]
    public void Mentions_of_one_sentence_are_one_block()
    {
        var blocks = FusionBlocks.Components([("a", Link([], 2)), ("a", Link(["e1"], 2)), ("a", Link([], 7))]);
        Assert.Equal(blocks[0], blocks[1]);
        Assert.NotEqual(blocks[0], blocks[2]);
    }

    [Fact]
    public void A_definite_noun_without_participants_joins_its_articles_mentions_of_its_type_a_few_sentences_before()
    {
        var blocks = FusionBlocks.Components([("a", Link(["e1"], 2)), ("a", Link([], 4) with { RefersBack = true }), ("b", Link([], 5) with { RefersBack = true }), ("a", Link([], 5, family: "conflict") with { RefersBack = true }), ("a", Link([], 7))]);
        Assert.Equal(blocks[0], blocks[1]);
        Assert.NotEqual(blocks[0], blocks[2]);
        Assert.NotEqual(blocks[0], blocks[3]);
        Assert.NotEqual(blocks[0], blocks[4]);
    }

    [Fact]
    public void One_type_in_one_place_on_a_stated_or_partial_day_is_one_block()
    {
        var blocks = FusionBlocks.Components(
        [
            ("a", Link(["e1"], 0, Day, Day, Day) with { Place = "p1" }),
            ("b", Link(["e2"], 0) with { Place = "p1", Partial = MentionLink.WeekdayKey(DateOnly.FromDayNumber(Day).DayOfWeek) }),
            ("c", Link(["e3"], 0) with { Place = "p1" }),
            ("d", Link(["e4"], 0, Day, Day, Day) with { Place = "p2" }),
            ("e", Link(["e5"], 0, Day + 1, Day + 1, Day + 1) with { Place = "p1" }),
            ("f", Link(["e6"], 0) with { Place = "p1", Partial = MentionLink.WeekdayKey(DateOnly.FromDayNumber(Day + 3).DayOfWeek) }),
        ]);
        Assert.Equal(blocks[0], blocks[1]);
        Assert.NotEqual(blocks[0], blocks[2]);
        Assert.NotEqual(blocks[0], blocks[3]);
        Assert.NotEqual(blocks[0], blocks[4]);
        Assert.NotEqual(blocks[0], blocks[5]);
    }

    [Fact]
    public void A_single_day_joins_an_interval_starting_on_it_only_when_one_side_has_no_participants()
    {
        var blocks = FusionBlocks.Components(
        [
            ("a", Link(["e1"], 0, Day, Day, Day)),          // keyed, on the day
            ("b", Link(["e2"], 0, Day, Day + 10, type: "MEET")), // keyed interval from the day: no rule joins two keyed mentions
            ("c", Link([], 0, Day, Day + 3)),               // no participants, interval from the day: joins the first
            ("d", Link([], 0, Day + 20, Day + 20, Day + 20)), // keyless, on a day no other interval holds
            ("e", Link([], 0, Day, Day, Day, "conflict")),  // same day, other family
            ("f", Link([], 0, Day - 3, Day + 3, type: "MEET")), // no participants, interval over the day that starts before it
        ]);
        Assert.NotEqual(blocks[0], blocks[1]);
        Assert.Equal(blocks[0], blocks[2]);
        Assert.NotEqual(blocks[0], blocks[3]);
        Assert.NotEqual(blocks[0], blocks[4]);
        Assert.NotEqual(blocks[0], blocks[5]);
    }

    [Fact]
    public void An_event_is_one_day_only_where_a_member_starts_so_an_interval_merely_over_the_day_stays_apart()
    {
        // Two keyless intervals over the day, neither starting on it, and a keyless mention on it: fusion
        // can never narrow an event to that day without a member starting there.
        var blocks = FusionBlocks.Components(
        [
            ("a", Link([], 0, Day, Day, Day)),
            ("b", Link([], 1, Day - 30, Day + 30, type: "MEET")),
            ("c", Link(["e1"], 2, Day - 1, Day + 1, type: "TALKS")),
        ]);
        Assert.Equal(3, blocks.Distinct().Count());
    }

    [Fact]
    public void Links_stored_without_their_start_join_every_single_day_their_interval_holds()
    {
        static MentionLink Stored(string[] keys, int sentence, int low, int high, int? day = null, string type = "CONTACT") =>
            new("contact", type, keys, sentence, true, low, high, day);

        var blocks = FusionBlocks.Components(
        [
            ("a", Stored(["e1"], 0, Day, Day, Day)),
            ("b", Stored([], 1, Day - 3, Day + 3)),
            ("c", Stored(["e2"], 2, Day - 3, Day + 3, type: "MEET")),
        ]);
        Assert.Equal(blocks[0], blocks[1]);
        Assert.NotEqual(blocks[0], blocks[2]);
    }

    [Fact]
    public void A_keyless_mention_joins_the_mentions_of_its_type_nested_with_it_in_its_year()
    {
        var year = new DateOnly(2017, 1, 1).DayNumber;
        var october12 = new DateOnly(2017, 10, 12).DayNumber;
        var blocks = FusionBlocks.Components(
        [
            ("a", Link([], 0, october12, october12, october12, type: "SIGN")),   // keyless day
            ("b", Link(["e1"], 0, year, year + 364, type: "SIGN")),              // keyed year around it
            ("c", Link(["e2"], 0, year + 400, year + 410, type: "SIGN")),        // the next year
            ("d", Link(["e3"], 0, year, year + 364, type: "MEET")),              // another type
            ("e", Link(["e4"], 0, year - 30, year + 30, type: "SIGN")),          // over the turn of the year
        ]);
        Assert.Equal(blocks[0], blocks[1]);
        Assert.NotEqual(blocks[0], blocks[2]);
        Assert.NotEqual(blocks[0], blocks[3]);
        Assert.NotEqual(blocks[0], blocks[4]);
    }

    [Fact]
    public void A_short_mention_naming_a_nationality_joins_the_mentions_of_its_type_naming_the_country()
    {
        var blocks = FusionBlocks.Components(
        [
            ("a", Link(["e1"], 0, Day, Day, Day, type: "ANNOUNCE") with { Affiliations = ["g:norvi", "g:norvia"] }),
            ("b", Link(["e2"], 0, Day, Day, Day, type: "ANNOUNCE") with { Affiliations = ["n:norvia", "n:norvian", "n:norvi"] }),
            ("c", Link(["e3"], 0, Day, Day, Day, type: "MEET") with { Affiliations = ["n:norvia"] }),
            ("d", Link(["e4"], 0, Day - 200, Day + 200, type: "ANNOUNCE") with { Affiliations = ["n:ostland"] }),
        ]);
        Assert.Equal(blocks[0], blocks[1]);
        Assert.NotEqual(blocks[0], blocks[2]);
        Assert.NotEqual(blocks[0], blocks[3]);
    }

    [Fact]
    public void An_undated_mention_naming_only_a_nationality_joins_its_family_in_its_place_naming_it_or_its_country()
    {
        var blocks = FusionBlocks.Components(
        [
            ("a", Link(["e1"], 0, Day, Day, Day, type: "MEET") with { Place = "halden", Affiliations = ["n:norvi"] }),
            ("b", Link([], 0, type: "TALKS") with { Place = "halden", Affiliations = ["n:norvi"] }),
            ("c", Link(["e2"], 0, Day, Day, Day, type: "MEET") with { Place = "brask", Affiliations = ["n:norvi"] }),
            ("d", Link(["e3"], 0, Day, Day, Day, family: "conflict") with { Place = "halden", Affiliations = ["g:norvi"] }),
        ]);
        Assert.Equal(blocks[0], blocks[1]);
        Assert.NotEqual(blocks[0], blocks[2]);
        Assert.NotEqual(blocks[0], blocks[3]);
    }

    [Fact]
    public void A_day_without_its_year_joins_a_placed_interval_it_fits()
    {
        var march = new DateOnly(2022, 3, 1).DayNumber;
        var blocks = FusionBlocks.Components(
        [
            ("a", Link(["e1"], 0, march, march + 30) with { Place = "p1" }),
            ("b", Link(["e2"], 1) with { Place = "p1", Partial = MentionLink.DayOfYearKey(3, 13) }),
            ("c", Link(["e3"], 2) with { Place = "p1", Partial = MentionLink.DayOfYearKey(5, 13) }),
            ("d", Link(["e4"], 3) with { Place = "p2", Partial = MentionLink.DayOfYearKey(3, 13) }),
        ]);
        Assert.Equal(blocks[0], blocks[1]);
        Assert.NotEqual(blocks[0], blocks[2]);
        Assert.NotEqual(blocks[0], blocks[3]);
    }

    [Theory]
    [InlineData("w4", 0, 0, DayOfWeek.Thursday)]
    [InlineData("m03-13", 3, 13, null)]
    public void Partial_keys_read_back_as_the_dates_they_stand_for(string key, int month, int day, DayOfWeek? weekday)
    {
        Assert.Equal(new Chronicle.Fusion.PartialDate(month, day, weekday), MentionLink.PartialOf(key));
    }

    [Theory]
    [InlineData("w9")]
    [InlineData("m13-01")]
    [InlineData("x")]
    public void Other_keys_stand_for_no_partial_date(string key) => Assert.Null(MentionLink.PartialOf(key));

    [Fact]
    public void Untimed_mentions_without_shared_participants_stay_apart()
    {
        var blocks = FusionBlocks.Components([("a", Link([], 0)), ("b", Link([], 0)), ("c", Link(["e1"], 1))]);
        Assert.Equal(3, blocks.Distinct().Count());
    }
}
