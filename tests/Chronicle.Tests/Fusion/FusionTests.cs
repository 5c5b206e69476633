using System.Text;
using Chronicle.Events;
using Chronicle.Fusion;
using Chronicle.Model;
using Chronicle.Tests.Events;

namespace Chronicle.Tests.Fusion;

public class FusionTests
{
    private static EventFixture World() => new EventFixture()
        .Entity("Norvian", "NORP").Entity("Norvia", "GPE").Entity("Halden", "GPE").Entity("Brask", "GPE").Entity("Kestrel Party", "ORG").Entity("Union Front", "ORG").Entity("Harbour Council", "ORG")
        .Entity("Tomas Vell", "PERSON").Entity("Ana Dorr", "PERSON").Entity("Lena Okafor", "PERSON")
        .Time("on March 3", "2021-03-03").Time("in March", "2021-03-01", "2021-03-31", "month")
        .Time("In 2017", "2017-01-01", "2017-12-31", "year").Time("In January 2018", "2018-01-01", "2018-01-31", "month").Time("In June 2018", "2018-06-01", "2018-06-30", "month")
        .Time("on May 9", "2021-05-09").Time("on March 4", "2021-03-04").Time("on March 2", "2021-03-02").Time("in 2001", "2001-01-01", "2001-12-31", "year").Time("on 12 October 2017", "2017-10-12").Time("on 4 May 2001", "2001-05-04");

    private static DocumentEvents Doc(string id, string text, string? date = "2021-06-01", DateEvidence evidence = DateEvidence.Explicit) =>
        new(id, date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), evidence, text, World().Extract(text, date));

    [Fact]
    public void Mentions_of_one_meeting_in_two_documents_fuse_with_the_finest_date()
    {
        var events = EventFuser.Default.Fuse([
            Doc("a", "Tomas Vell met Ana Dorr in Halden on March 3."),
            Doc("b", "Ana Dorr held talks with Tomas Vell in March, officials in Norvia confirmed."),
        ]);
        var meeting = Assert.Single(events, e => e.Family == "CONTACT");
        Assert.Equal(2, meeting.Sources.Count);
        Assert.Equal(2, meeting.IndependentSources);
        Assert.Equal("day", meeting.Granularity);
        Assert.Equal("2021-03-03", meeting.DateText);
        Assert.Contains("tomas_vell", meeting.Actors);
    }

    [Fact]
    public void A_definite_noun_without_participants_joins_the_event_its_article_announced()
    {
        var events = EventFuser.Default.Fuse([
            Doc("a", "Talks resumed in Brask. Norvia announced a meeting in Halden between the Kestrel Party and the Union Front. Officials were cautious. The meeting will take place on May 9."),
        ]);
        var meeting = Assert.Single(events, e => e.Type == "MEET");
        Assert.Equal(2, meeting.Sources.Count);
        Assert.Equal("2021-05-09", meeting.DateText);
    }

    [Fact]
    public void A_definite_noun_refers_back_only_to_a_verb_or_the_same_noun()
    {
        var events = EventFuser.Default.Fuse([
            Doc("a", "Officials were cautious. Talks in Brask ended with a truce between the Kestrel Party and the Union Front. The last agreement was on May 9."),
        ]);
        Assert.Equal(2, events.Count(e => e.Type == "SIGN_AGREEMENT"));
    }

    [Fact]
    public void One_kind_of_event_in_one_place_on_one_day_merges_whoever_each_names()
    {
        var events = EventFuser.Default.Fuse([
            Doc("a", "Tomas Vell met Ana Dorr in Halden on March 3."),
            Doc("b", "The Kestrel Party met the Union Front in Halden on March 3."),
        ]);
        Assert.Equal(2, Assert.Single(events, e => e.Type == "MEET").Sources.Count);
    }

    [Fact]
    public void A_mention_without_participants_joins_the_one_event_of_its_type_in_its_period()
    {
        var events = EventFuser.Default.Fuse([
            Doc("a", "In 2017, the Kestrel Party signed an agreement with the Union Front in Brask."),
            Doc("b", "The last reconciliation agreement was on 12 October 2017."),
        ]);
        var agreement = Assert.Single(events, e => e.Type == "SIGN_AGREEMENT");
        Assert.Equal(2, agreement.Sources.Count);
        Assert.Equal("2017-10-12", agreement.DateText);
    }

    [Fact]
    public void A_mention_without_participants_stays_apart_when_two_events_fit_its_period()
    {
        var events = EventFuser.Default.Fuse([
            Doc("a", "In 2017, the Kestrel Party signed an agreement with the Union Front in Brask."),
            Doc("b", "In 2017, Tomas Vell signed an agreement with Ana Dorr in Halden."),
            Doc("c", "The last reconciliation agreement was on 12 October 2017."),
        ]);
        Assert.Equal(3, events.Count(e => e.Type == "SIGN_AGREEMENT"));
    }

    [Fact]
    public void Several_events_told_at_once_join_no_single_event()
    {
        var events = EventFuser.Default.Fuse([
            Doc("a", "In 2017, the Kestrel Party signed an agreement with the Union Front."),
            Doc("b", "In 2017, the Kestrel Party and the Union Front agreed to a number of reconciliation deals."),
        ]);
        var signed = Assert.Single(events, e => e.Sources.Any(s => s.DocumentId == "a"));
        Assert.All(signed.Sources, s => Assert.Equal("a", s.DocumentId));
    }

    [Fact]
    public void An_official_named_with_his_nationality_and_his_state_announcing_on_one_day_are_one_event()
    {
        var events = EventFuser.Default.Fuse([
            Doc("a", "Norvia announced on March 3 a meeting in Halden."),
            Doc("b", "Norvian minister Tomas Vell announced on March 3 that a meeting would be held."),
            Doc("c", "Norvian minister Ana Dorr announced on May 9 that the talks were over."),
        ]);
        var announcement = Assert.Single(events, e => e.Type == "ANNOUNCE" && e.Sources.Any(s => s.DocumentId == "a"));
        Assert.Equal(["a", "b"], announcement.Sources.Select(s => s.DocumentId).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_mention_matching_two_events_makes_them_one()
    {
        var events = EventFuser.Default.Fuse([
            Doc("a", "Tomas Vell met officials in Halden on March 3."),
            Doc("b", "Ana Dorr met officials on March 3."),
            Doc("c", "Tomas Vell met Ana Dorr on March 3."),
        ]);
        var meeting = Assert.Single(events, e => e.Type == "MEET");
        Assert.Equal(["a", "b", "c"], meeting.Sources.Select(s => s.DocumentId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_mention_matching_two_events_in_different_places_leaves_them_apart()
    {
        var events = EventFuser.Default.Fuse([
            Doc("a", "Tomas Vell met officials in Halden on March 3."),
            Doc("b", "Ana Dorr met officials in Brask on March 3."),
            Doc("c", "Tomas Vell met Ana Dorr on March 3."),
        ]);
        Assert.Equal(2, events.Count(e => e.Type == "MEET"));
    }

    [Fact]
    public void A_year_and_one_shared_participant_join_only_an_event_of_the_same_type()
    {
        var events = EventFuser.Default.Fuse([
            Doc("a", "Tomas Vell met Ana Dorr on 4 May 2001."),
            Doc("b", "Tomas Vell held talks with Lena Okafor in 2001."),
            Doc("c", "Tomas Vell met Lena Okafor in 2001."),
        ]);
        var talks = Assert.Single(events, e => e.Sources.Any(s => s.DocumentId == "b"));
        Assert.All(talks.Sources, s => Assert.Equal("b", s.DocumentId));
        Assert.Contains(events, e => e.Sources.Any(s => s.DocumentId == "a") && e.Sources.Any(s => s.DocumentId == "c"));
    }

    [Fact]
    public void A_definite_noun_naming_only_known_participants_refers_back_to_an_older_event_of_its_article()
    {
        var events = EventFuser.Default.Fuse([
            Doc("a", "In 2001, the Kestrel Party signed an agreement with the Union Front in Brask. Terms of the agreement between the Kestrel Party and the Union Front were never met."),
        ]);
        var agreement = Assert.Single(events, e => e.Type == "SIGN_AGREEMENT");
        Assert.Equal(2, agreement.Sources.Select(s => s.Mention.SentenceIndex).Distinct().Count());
    }

    [Fact]
    public void A_mention_without_a_date_never_joins_an_event_years_from_its_article()
    {
        var events = EventFuser.Default.Fuse([
            Doc("a", "Tomas Vell met Ana Dorr in 2001."),
            Doc("b", "Tomas Vell met Ana Dorr, officials said."),
        ]);
        Assert.Equal(2, events.Count(e => e.Type == "MEET"));
    }

    [Fact]
    public void News_told_without_a_date_is_dated_by_its_first_report_yet_still_joins_older_news()
    {
        var events = EventFuser.Default.Fuse([
            Doc("a", "Talks resumed in Brask. Later, Ana Dorr also accepted the invitation of Tomas Vell.", "2021-06-01"),
            Doc("b", "Tomas Vell met Ana Dorr in Halden on March 3.", "2021-03-04"),
            Doc("c", "Officials were cautious. Tomas Vell met Ana Dorr in Halden, the envoy recalled.", "2021-06-01"),
        ]);
        Assert.Equal("2021-06-01", Assert.Single(events, e => e.Type == "ACCEPT").DateText);
        var meeting = Assert.Single(events, e => e.Type == "MEET");
        Assert.Equal(("2021-03-03", 2), (meeting.DateText, meeting.Sources.Count));
    }

    [Fact]
    public void Incompatible_intervals_never_merge_and_become_a_date_conflict()
    {
        var events = EventFuser.Default.Fuse([
            Doc("a", "In January 2018, the Kestrel Party met the Union Front in Halden."),
            Doc("b", "In 2017, the Kestrel Party held talks with the Union Front in Halden."),
        ]);
        var contact = events.Where(e => e.Family == "CONTACT").ToList();
        Assert.Equal(2, contact.Count);
        var conflict = Assert.Single(ConflictFinder.Default.Find(events), c => c.Kind == "date");
        Assert.Equal(2, conflict.Events.Count);
        Assert.Contains("2017", conflict.Description);
    }

    [Fact]
    public void A_date_conflict_pairs_each_event_with_its_nearest_possible_twin_only()
    {
        var events = EventFuser.Default.Fuse([
            Doc("a", "In 2017, the Kestrel Party held talks with the Union Front in Halden."),
            Doc("b", "In January 2018, the Kestrel Party met the Union Front in Halden."),
            Doc("c", "In June 2018, the Kestrel Party met the Union Front in Halden."),
        ]);
        var contact = events.Where(e => e.Family == "CONTACT").OrderBy(e => e.Earliest).Select(e => e.Id).ToList();
        Assert.Equal(3, contact.Count);

        // 2017 is nearest January 2018, which is nearest June 2018: two conflicts chain the three, and
        // 2017 against June 2018 (each has a nearer twin) is not reported.
        var dates = ConflictFinder.Default.Find(events).Where(c => c.Kind == "date").Select(c => c.Events.Order(StringComparer.Ordinal).ToList()).ToList();
        Assert.Equal(2, dates.Count);
        Assert.Contains(dates, pair => pair.SequenceEqual(new[] { contact[0], contact[1] }.Order(StringComparer.Ordinal)));
        Assert.Contains(dates, pair => pair.SequenceEqual(new[] { contact[1], contact[2] }.Order(StringComparer.Ordinal)));
        Assert.Single(ConflictFinder.Default.Find(events, e => e.Id == contact[0]), c => c.Kind == "date");
    }

    [Fact]
    public void Conflicts_of_chosen_events_are_those_of_all_events_that_name_one_of_them()
    {
        var events = EventFuser.Default.Fuse([
            Doc("a", "In January 2018, the Kestrel Party met the Union Front in Halden."),
            Doc("b", "In 2017, the Kestrel Party held talks with the Union Front in Halden."),
            Doc("c", "The Kestrel Party and the Union Front signed a truce in 2001, but it was not fully implemented by the Kestrel Party."),
            Doc("d", "The truce between the Kestrel Party and the Union Front, signed in 2001, has never been implemented by the Kestrel Party."),
        ]);
        var all = ConflictFinder.Default.Find(events);
        Assert.Contains(all, c => c.Kind == "date");
        Assert.Contains(all, c => c.Kind == "status");

        foreach (var chosen in events)
        {
            var expected = all.Where(c => c.Events.Contains(chosen.Id)).Select(Text).ToList();
            Assert.Equal(expected, ConflictFinder.Default.Find(events, e => e.Id == chosen.Id).Select(Text));
        }

        static string Text(EventConflict c) => $"{c.Kind} [{string.Join(", ", c.Events)}] {c.Description}";
    }

    [Fact]
    public void Different_participants_do_not_merge()
    {
        var events = EventFuser.Default.Fuse([
            Doc("a", "Tomas Vell met Ana Dorr on March 3."),
            Doc("b", "Lena Okafor met the Union Front on March 3."),
        ]);
        Assert.Equal(2, events.Count(e => e.Type == "MEET"));
    }

    [Fact]
    public void Different_places_do_not_merge()
    {
        var events = EventFuser.Default.Fuse([
            Doc("a", "Tomas Vell met Ana Dorr in Halden on March 3."),
            Doc("b", "Tomas Vell met Ana Dorr in Brask on March 3."),
        ]);
        Assert.Equal(2, events.Count(e => e.Type == "MEET"));
    }

    [Fact]
    public void Syndicated_copies_are_one_independent_source_but_every_copy_is_listed()
    {
        var story = "Tomas Vell met Ana Dorr in Halden on March 3. The two leaders discussed trade, water rights and the border crossing that has been closed for months. "
            + "Officials said the talks would continue later in the year, with a second round expected before the harvest season begins in the valley.";
        var result = EventFuser.Default.FuseAll([Doc("a", story), Doc("b", story + " Copyright notice."), Doc("c", "Ana Dorr met Tomas Vell on March 3, officials in Norvia said.")]);
        var meeting = Assert.Single(result.Events, e => e.Type == "MEET" && e.Sources.Count >= 3);
        Assert.Equal(2, meeting.IndependentSources);
        Assert.Contains(result.SyndicationGroups, g => g.SequenceEqual(["a", "b"]));
    }

    [Fact]
    public void Near_duplicate_detection_separates_different_texts()
    {
        var a = SyndicationDetector.Signature("The river flooded the lower town after three days of rain, and the mayor ordered an evacuation of the market district.");
        var b = SyndicationDetector.Signature("The river flooded the lower town after three days of rain, and the mayor ordered an evacuation of the market district!");
        var c = SyndicationDetector.Signature("Parliament passed the budget on Tuesday after a long night of debate over pensions and the defence ministry's request.");
        Assert.True(SyndicationDetector.Similarity(a!, b!) >= 0.8);
        Assert.True(SyndicationDetector.Similarity(a!, c!) < 0.2);
        Assert.Null(SyndicationDetector.Signature("too short"));
    }

    [Fact]
    public void Partial_and_never_implemented_are_a_status_conflict()
    {
        var events = EventFuser.Default.Fuse([
            Doc("a", "The Kestrel Party and the Union Front signed a truce in 2001, but it was not fully implemented by the Kestrel Party."),
            Doc("b", "The truce between the Kestrel Party and the Union Front, signed in 2001, has never been implemented by the Kestrel Party."),
        ]);
        var conflicts = ConflictFinder.Default.Find(events);
        var status = Assert.Single(conflicts, c => c.Kind == "status");
        Assert.Contains("partial", status.Description);
        Assert.Contains("never", status.Description);
    }

    [Fact]
    public void Different_counts_of_the_same_thing_are_a_numbers_conflict()
    {
        var events = EventFuser.Default.Fuse([
            Doc("a", "Tomas Vell met 12 groups in Halden on March 3."),
            Doc("b", "Tomas Vell met 12 to 14 organizations in Halden on March 3."),
        ]);
        var numbers = Assert.Single(ConflictFinder.Default.Find(events), c => c.Kind == "numbers");
        Assert.Contains("12 to 14 organizations", numbers.Description);
    }

    [Fact]
    public void Quantities_skip_years_and_days()
    {
        var found = QuantityExtractor.Find("On March 12, 2019, some twelve factions and 3-4 observers met 200 people.");
        Assert.Equal(["factions", "observers", "people"], found.Select(q => q.Noun).ToArray());
        Assert.Equal(3, found[1].Low);
        Assert.Equal(4, found[1].High);
    }

    [Fact]
    public void Disjoint_actors_of_one_event_are_a_participants_conflict()
    {
        var events = EventFuser.Default.Fuse([
            Doc("a", "Tomas Vell signed the truce with the Union Front in 2001."),
            Doc("b", "Lena Okafor signed the truce with the Union Front in 2001."),
        ]);
        Assert.Contains(ConflictFinder.Default.Find(events), c => c.Kind == "participants" && c.Description.Contains("Lena Okafor"));
    }

    [Fact]
    public void Disjoint_targets_told_by_one_type_are_a_participants_conflict()
    {
        var events = EventFuser.Default.Fuse([
            Doc("a", "The Kestrel Party ousted the Union Front from Halden in 2001."),
            Doc("b", "The Kestrel Party ousted the Harbour Council from Halden in 2001."),
        ]);
        var seize = Assert.Single(events, e => e.Type == "SEIZE");
        Assert.Equal(2, seize.Sources.Count);
        var conflict = Assert.Single(ConflictFinder.Default.Find(events), c => c.Kind == "participants");
        Assert.Contains("Harbour Council", conflict.Description);
        Assert.Contains("acted on", conflict.Description);
    }

    [Fact]
    public void Documents_naming_the_same_side_are_one_claim_of_one_participants_conflict()
    {
        var events = EventFuser.Default.Fuse([
            Doc("a", "The Kestrel Party ousted the Union Front from Halden in 2001."),
            Doc("b", "The Kestrel Party ousted the Harbour Council from Halden in 2001."),
            Doc("c", "The Kestrel Party ousted the Union Front from Halden in 2001, officials said."),
        ]);
        Assert.Equal(3, Assert.Single(events, e => e.Type == "SEIZE").Sources.Count);
        var conflict = Assert.Single(ConflictFinder.Default.Find(events), c => c.Kind == "participants");
        Assert.Equal("a, c name Union Front as the side acted on; b names Harbour Council.", conflict.Description);
    }

    [Fact]
    public void Targets_of_different_types_in_one_event_are_no_conflict()
    {
        var events = EventFuser.Default.Fuse([
            Doc("a", "The board named Tomas Vell to take over as chief executive on March 3."),
            Doc("b", "Tomas Vell took over on March 3 from Lena Okafor."),
        ]);
        Assert.DoesNotContain(ConflictFinder.Default.Find(events), c => c.Kind == "participants" && c.Description.Contains("acted on"));
    }

    [Fact]
    public void A_war_told_without_a_start_joins_the_war_in_its_place_fought_by_the_nationality_s_country()
    {
        var events = EventFuser.Default.Fuse([
            Doc("a", "In the current war between Norvia and the Union Front in Halden, thousands fled on March 3."),
            Doc("b", "Tomas Vell held talks in Brask on May 9, the second visit since the beginning of the Norvian war on Halden.", "2021-05-20"),
        ]);
        var war = Assert.Single(events, e => e.Type == "WAR");
        Assert.Equal(2, war.Sources.Count);
    }

    [Fact]
    public void A_war_told_without_a_start_in_another_place_stays_apart()
    {
        var events = EventFuser.Default.Fuse([
            Doc("a", "In the current war between Norvia and the Union Front in Halden, thousands fled on March 3."),
            Doc("b", "Tomas Vell held talks in Halden on May 9, the second visit since the beginning of the Norvian war on Brask.", "2021-05-20"),
        ]);
        Assert.Equal(2, events.Count(e => e.Type == "WAR"));
    }

    [Fact]
    public void Undated_talks_of_a_nationality_join_the_one_meeting_planned_in_their_place()
    {
        var events = EventFuser.Default.Fuse([
            Doc("a", "The Kestrel Party and the Union Front will meet with Norvian officials in Halden on May 9.", "2021-05-01"),
            Doc("b", "Tomas Vell invited the Norvian factions to talks in Halden.", "2021-05-03"),
        ]);
        var meeting = Assert.Single(events, e => e.Type == "MEET");
        Assert.Equal(["MEET", "TALKS"], meeting.Sources.Select(s => s.Mention.Type).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Undated_talks_of_a_nationality_stay_apart_from_two_meetings_planned_in_their_place()
    {
        var events = EventFuser.Default.Fuse([
            Doc("a", "The Kestrel Party and the Union Front will meet with Norvian officials in Halden on May 9.", "2021-05-01"),
            Doc("b", "Ana Dorr and Lena Okafor will meet with Norvian officials in Halden on March 3.", "2021-02-01"),
            Doc("c", "Tomas Vell invited the Norvian factions to talks in Halden.", "2021-05-03"),
        ]);
        Assert.Contains(events, e => e.Type == "TALKS" && e.Sources.Count == 1);
    }

    [Fact]
    public void Late_on_one_day_meets_the_next_day_told_elsewhere_and_the_entry_says_so()
    {
        var events = EventFuser.Default.Fuse([
            Doc("a", "A Kestrel Party jet crashed into the sea late on March 3."),
            Doc("b", "A Kestrel Party jet crashed on March 4, killing everyone on board."),
        ]);
        var crash = Assert.Single(events, e => e.Type == "CRASH");
        Assert.Equal(2, crash.Sources.Count);
        Assert.Equal(new DateOnly(2021, 3, 4), crash.Earliest);
        var conflict = Assert.Single(ConflictFinder.Default.Find(events), c => c.Kind == "date");
        Assert.Contains("2021-03-03 (a) and 2021-03-04 (b)", conflict.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Late_on_one_day_keeps_that_day_alone_and_never_meets_the_day_before()
    {
        var events = EventFuser.Default.Fuse([
            Doc("a", "A Kestrel Party jet crashed into the sea late on March 3."),
            Doc("b", "A Kestrel Party jet crashed on March 2, killing everyone on board."),
        ]);
        Assert.Equal(2, events.Count(e => e.Type == "CRASH"));
        var late = Assert.Single(events, e => e.Sources.Any(s => s.DocumentId == "a"));
        Assert.Equal((new DateOnly(2021, 3, 3), new DateOnly(2021, 3, 3), "day"), (late.Earliest!.Value, late.Latest!.Value, late.Granularity));
    }

    [Fact]
    public void Ids_follow_date_order_and_are_deterministic()
    {
        DocumentEvents[] docs = [
            Doc("b", "Tomas Vell visited Halden on May 9."),
            Doc("a", "Lena Okafor met Ana Dorr on March 3."),
        ];
        var first = EventFuser.Default.Fuse(docs);
        var second = EventFuser.Default.Fuse(docs.Reverse());
        Assert.Equal("v1", first.Single(e => e.Type == "MEET").Id);
        Assert.Equal("v2", first.Single(e => e.Type == "VISIT").Id);
        Assert.Equal(first.Select(e => (e.Id, e.Type, e.DateText)), second.Select(e => (e.Id, e.Type, e.DateText)));
    }

    [Fact]
    public void An_undated_article_gets_a_constraint_from_a_dated_one()
    {
        var result = EventFuser.Default.FuseAll([
            Doc("dated", "Tomas Vell met Ana Dorr in Halden on March 3."),
            Doc("undated", "Tomas Vell met Ana Dorr in Halden on May 9.", null, DateEvidence.Unknown),
        ]);
        var constraint = Assert.Single(result.UndatedConstraints);
        Assert.Equal("undated", constraint.DocumentId);
        Assert.Equal(new DateOnly(2021, 3, 3), constraint.Earliest);
        Assert.True(constraint.PublishedOnOrAfter);
        Assert.Equal("on May 9", constraint.TimeText);
    }

    [Fact]
    public void Old_events_are_background()
    {
        var events = EventFuser.Default.Fuse([Doc("a", "The Kestrel Party seized Halden in 2001. Tomas Vell met Ana Dorr on March 3.")]);
        Assert.Equal("background", events.Single(e => e.Type == "SEIZE").Salience.Level);
        Assert.Equal("core", events.Single(e => e.Type == "MEET").Salience.Level);
    }

    /// <summary>The evaluation of fused events against a gold file's JSON, documents named by their ids.</summary>
    private static EventEvaluationResult Scored(IReadOnlyList<FusedEvent> events, string goldJson) =>
        EventEvaluation.Score(EventEvaluation.ReadGold(new MemoryStream(Encoding.UTF8.GetBytes(goldJson))), events, id => id);

    [Fact]
    public void Fusion_is_total()
    {
        Assert.Empty(EventFuser.Default.Fuse([]));
        Assert.Empty(ConflictFinder.Default.Find([]));
        Assert.Single(EventFuser.Default.Fuse([new DocumentEvents("x", null, DateEvidence.Unknown, "", [
            new EventMention("NOVEL", new Span(0, 0), "", "", false, 0, new Span(0, 0), [], [], null, null, EventStatus.Occurred, null, EventAttribution.None)])]));
    }

    [Fact]
    public void Evaluation_scores_recall_dates_and_merges()
    {
        var events = EventFuser.Default.Fuse([
            Doc("a.txt", "Tomas Vell met Ana Dorr in Halden on March 3."),
            Doc("b.txt", "Ana Dorr met Tomas Vell in Halden on March 3, aides said."),
            Doc("c.txt", "Lena Okafor visited Brask on May 9."),
        ]);
        const string gold = """
            {"events": [
              {"id": "G1", "date": "2021-03-03", "date_granularity": "day", "mentions": [
                {"file": "a.txt", "quote": "met Ana Dorr in Halden"}, {"file": "b.txt", "quote": "Ana Dorr met Tomas Vell"}]},
              {"id": "G2", "date": "2021-05", "date_granularity": "month", "mentions": [{"file": "c.txt", "quote": "visited Brask"}]},
              {"id": "G3", "date": null, "date_granularity": "unknown", "mentions": [{"file": "c.txt", "quote": "a flood in the valley"}]}
            ]}
            """;
        var result = Scored(events, gold);
        Assert.Equal(2, result.Found);
        Assert.Equal(2, result.DateCorrect);
        Assert.Equal(1, result.MergeRecall);
        Assert.Equal(1, result.MergePurity);
    }

    [Fact]
    public void A_quote_holding_two_events_triggers_counts_only_the_one_dated_as_the_gold_event()
    {
        var events = EventFuser.Default.Fuse([
            Doc("a.txt", "Norvia announced on March 3 a meeting in Halden on May 9."),
            Doc("b.txt", "Norvia announced the meeting on March 3."),
            Doc("c.txt", "Tomas Vell and Ana Dorr met in Halden on May 9."),
        ]);
        const string gold = """
            {"events": [
              {"id": "G1", "date": "2021-03-03", "date_granularity": "day", "mentions": [
                {"file": "a.txt", "quote": "Norvia announced on March 3 a meeting in Halden"}, {"file": "b.txt", "quote": "Norvia announced the meeting"}]},
              {"id": "G2", "date": "2021-05-09", "date_granularity": "day", "mentions": [{"file": "c.txt", "quote": "Tomas Vell and Ana Dorr met in Halden"}]}
            ]}
            """;
        var meeting = Assert.Single(events, e => e.Type == "MEET" && e.Sources.Any(s => s.DocumentId == "c.txt"));
        Assert.Contains(meeting.Sources, s => s.DocumentId == "a.txt"); // the quote of G1 holds the meeting's trigger too
        var result = Scored(events, gold);
        Assert.Equal(1, result.MergePurity);
    }

    [Fact]
    public void A_quote_holding_two_triggers_is_not_the_mention_of_an_event_another_quote_holds_alone()
    {
        var events = EventFuser.Default.Fuse([
            Doc("a.txt", "Tomas Vell had been invited to Halden and accepted, Ana Dorr said on March 3."),
            Doc("b.txt", "Norvia invited Tomas Vell to Halden on March 3."),
        ]);
        const string gold = """
            {"events": [
              {"id": "G1", "date": null, "date_granularity": "unknown", "mentions": [
                {"file": "a.txt", "quote": "Tomas Vell had been invited"}, {"file": "b.txt", "quote": "Norvia invited Tomas Vell"}]},
              {"id": "G2", "date": null, "date_granularity": "unknown", "mentions": [{"file": "a.txt", "quote": "Tomas Vell had been invited to Halden and accepted"}]}
            ]}
            """;
        var invitation = Assert.Single(events, e => e.Type == "INVITE");
        Assert.Equal(["a.txt", "b.txt"], invitation.Sources.Select(s => s.DocumentId).Order().ToArray());
        var result = Scored(events, gold);
        Assert.Equal(1, result.MergeRecall);
        Assert.Equal(1, result.MergePurity); // the acceptance's quote counts through the acceptance only
    }

    [Fact]
    public void A_split_told_by_the_year_joins_the_one_takeover_of_that_year()
    {
        var events = EventFuser.Default.Fuse([
            Doc("a", "The Kestrel Party seized Halden in 2001."),
            Doc("b", "Tomas Vell recalled the split in 2001."),
            Doc("c", "The Union Front held talks in 2001."),
        ]);
        var takeover = Assert.Single(events, e => e.Family == "TAKEOVER");
        Assert.Equal(["a", "b"], takeover.Sources.Select(s => s.DocumentId).Order().ToArray());
        Assert.DoesNotContain(events, e => e.Family == "CONTACT" && e.Sources.Count > 1);
    }

    [Fact]
    public void A_trigger_two_gold_quotes_hold_counts_for_the_gold_event_whose_date_its_event_has()
    {
        var events = EventFuser.Default.Fuse([
            Doc("a.txt", "Tomas Vell met Ana Dorr in March and on May 9."),
            Doc("b.txt", "Ana Dorr met Tomas Vell on May 9."),
        ]);
        const string gold = """
            {"events": [
              {"id": "G1", "date": "2021-03", "date_granularity": "month", "mentions": [{"file": "a.txt", "quote": "Tomas Vell met Ana Dorr in March"}]},
              {"id": "G2", "date": "2021-05-09", "date_granularity": "day", "mentions": [
                {"file": "a.txt", "quote": "Tomas Vell met Ana Dorr in March and on May 9"}, {"file": "b.txt", "quote": "Ana Dorr met Tomas Vell"}]}
            ]}
            """;
        Assert.Equal(2, events.Count(e => e.Type == "MEET" && e.Sources.Any(s => s.DocumentId == "a.txt")));
        var result = Scored(events, gold);
        Assert.Equal(1, result.MergeRecall);
        Assert.Equal(1, result.MergePurity);
    }
}
