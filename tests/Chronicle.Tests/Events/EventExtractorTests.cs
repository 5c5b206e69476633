using Chronicle.Events;

namespace Chronicle.Tests.Events;

public class EventExtractorTests
{
    private static EventFixture World() => new EventFixture()
        .Entity("Norvia", "GPE").Entity("Halden", "GPE").Entity("Kestrel Party", "ORG").Entity("Union Front", "ORG")
        .Entity("Tomas Vell", "PERSON").Entity("Ana Dorr", "PERSON").Entity("Lena Okafor", "PERSON").Entity("Daily Courier", "ORG")
        .Time("on March 3", "2021-03-03").Time("in 2019", "2019-01-01", "2019-12-31", "year")
        .Time("next week", "2021-03-15", "2021-03-21", "week").Time("in April", "2021-04-01", "2021-04-30", "month");

    private static EventMention Single(IReadOnlyList<EventMention> mentions, string type) => Assert.Single(mentions, m => m.Type == type);

    private static string[] Names(IEnumerable<EventParticipantMention> people) => people.Select(p => p.Name).ToArray();

    [Fact]
    public void What_a_since_phrase_counts_from_began_before_the_time_and_is_not_dated_by_it()
    {
        var mentions = World().Extract("Tomas Vell held talks in Halden on March 3, the second visit since the beginning of the war.", "2021-03-10");
        var war = Single(mentions, "WAR");
        Assert.Null(war.Time?.Earliest);
        Assert.Equal(new DateOnly(2021, 3, 3), war.Time?.Latest);
        Assert.Equal(new DateOnly(2021, 3, 3), Single(mentions, "TALKS").Time?.Earliest);
    }

    [Theory]
    [InlineData("The Kestrel Party began a war on Halden in 2019.", "WAR")]
    [InlineData("The Kestrel Party attacked Halden on March 3.", "ATTACK")]
    public void Fighting_aimed_at_a_place_happens_there(string text, string type)
    {
        var fighting = Single(World().Extract(text, "2021-03-10"), type);
        Assert.Equal("Halden", fighting.Location?.Name);
    }

    [Theory]
    [InlineData("The Kestrel Party launched Operation Grey Harbour against Halden on March 3.", true)]
    [InlineData("The Kestrel Party began a ground operation in Halden on March 3.", true)]
    [InlineData("Tomas Vell had an operation in Halden on March 3.", false)]
    [InlineData("Operation costs of the Kestrel Party rose on March 3.", false)]
    public void An_operation_is_an_attack_only_when_named_or_military(string text, bool attack)
    {
        var mentions = World().Extract(text, "2021-03-10");
        Assert.Equal(attack, mentions.Any(m => m.Type == "ATTACK" && m.Time?.Earliest == new DateOnly(2021, 3, 3)));
    }

    [Theory]
    [InlineData("The talks were the tenth round since the split in 2019.", true)]
    [InlineData("The talks on March 3 aimed to mend the rift between the Kestrel Party and the Union Front.", false)]
    public void A_split_is_an_event_only_when_dated_where_it_is_named(string text, bool split)
    {
        Assert.Equal(split, World().Extract(text, "2021-03-10").Any(m => m.Type == "SPLIT"));
    }

    [Theory]
    [InlineData("Ana Dorr said that the Monday meeting of the Kestrel Party was the first since 2019.", "2021-03-08")]
    [InlineData("Ana Dorr said that the current meeting of the Kestrel Party was the first since 2019.", "2019-01-01")]
    public void A_calendar_time_inside_the_trigger_s_phrase_dates_it_before_any_other(string text, string earliest)
    {
        var meeting = Single(World().Time("Monday", "2021-03-08").Time("current", "2021-03-10", "2021-03-10", "unknown", "PRESENT_REF").Time("2019", "2019-01-01", "2019-12-31", "year").Extract(text, "2021-03-10"), "MEET");
        Assert.Equal(DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture), meeting.Time?.Earliest);
    }

    [Theory]
    [InlineData("Tomas Vell starts work as chief executive of the Kestrel Party on March 3.")]
    [InlineData("Tomas Vell, a former pilot, starts work as chief executive of the Kestrel Party on March 3.")]
    public void An_s_form_after_a_name_that_opens_a_trigger_phrase_is_the_verb(string text)
    {
        var start = Single(World().Extract(text, "2021-03-01"), "TAKE_OFFICE");
        Assert.Equal(["Tomas Vell"], Names(start.Actors));
        Assert.Empty(World().Extract("Norvia shares work as a hedge against the Kestrel Party.", "2021-03-01"));
    }

    [Fact]
    public void A_meeting_with_a_place_as_its_object_is_not_placed_there_by_the_fighting_rule()
    {
        var meeting = Single(World().Extract("Tomas Vell met the Kestrel Party on March 3.", "2021-03-10"), "MEET");
        Assert.Null(meeting.Location);
    }

    [Theory]
    [InlineData("Peace was the main reason for Norvia's recent decision to invite Tomas Vell to Halden, sources told the Daily Courier, a London-based daily newspaper, in mid-March.")]
    public void A_recent_decision_to_invite_is_an_invitation_made_before_the_report(string text)
    {
        var invitation = Single(World().Time("mid-March", "2021-03-11", "2021-03-20", "month").Extract(text, "2021-03-25"), "INVITE");
        Assert.Equal(EventStatus.Occurred, invitation.Status);
        Assert.Null(invitation.Time?.Earliest);
        Assert.Equal(new DateOnly(2021, 3, 20), invitation.Time?.Latest);
    }

    [Theory]
    [InlineData("Tomas Vell testified in Halden on March 3, a year to the day after the Kestrel Party attacked Norvia.", "2020-03-03", "2020-03-03")]
    [InlineData("Tomas Vell testified in Halden on March 3, three days after the attack.", "2021-02-28", "2021-02-28")]
    [InlineData("Tomas Vell testified in Halden on March 3, two weeks before the Kestrel Party attacked Norvia.", "2021-03-14", "2021-03-20")]
    public void An_event_counted_from_another_s_time_lies_that_far_from_it(string text, string earliest, string latest)
    {
        var attack = Single(World().Extract(text, "2021-03-10"), "ATTACK");
        Assert.Equal(DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture), attack.Time?.Earliest);
        Assert.Equal(DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture), attack.Time?.Latest);
    }

    [Theory]
    [InlineData("Tomas Vell testified in Halden, less than two weeks after the Kestrel Party attacked Norvia on March 3.")]
    [InlineData("Tomas Vell testified in Halden, two weeks after the Kestrel Party attacked Norvia on March 3.")]
    public void A_time_of_the_counted_clause_itself_is_not_moved(string text)
    {
        var attack = Single(World().Extract(text, "2021-03-10"), "ATTACK");
        Assert.Equal(new DateOnly(2021, 3, 3), attack.Time?.Earliest);
    }

    [Theory]
    [InlineData("The Daily Courier reported on March 3 that Tomas Vell had been invited to Halden.", "INVITE")]
    [InlineData("Ana Dorr said on March 3 that Tomas Vell had met the Kestrel Party.", "MEET")]
    [InlineData("The Union Front lodged protests with Norvia over its invitation to Tomas Vell, the Daily Courier reported on March 3.", "INVITE")]
    [InlineData("Ana Dorr said on March 3 that the invitation to Tomas Vell stood.", "INVITE")]
    [InlineData("Peace was the main reason for Norvia's recent decision to invite Tomas Vell to Halden, sources told the Daily Courier on March 3.", "INVITE")]
    public void What_a_dated_report_tells_as_done_before_it_is_bounded_by_the_report(string text, string type)
    {
        var reported = Single(World().Extract(text, "2021-03-10"), type);
        Assert.Null(reported.Time?.Earliest);
        Assert.Equal(new DateOnly(2021, 3, 3), reported.Time?.Latest);
    }

    [Theory]
    [InlineData("Tomas Vell has met the Kestrel Party, the Daily Courier reported on March 3.", "MEET")]
    [InlineData("Ana Dorr told the Kestrel Party at a meeting in Halden on March 3 that she would stay.", "MEET")]
    [InlineData("The Kestrel Party attacked Halden on March 3, saying the Union Front had struck first.", "ATTACK")]
    public void News_of_the_day_and_events_told_beside_the_report_keep_the_day(string text, string type)
    {
        var told = Single(World().Extract(text, "2021-03-10"), type);
        Assert.Equal(new DateOnly(2021, 3, 3), told.Time?.Earliest);
    }

    [Theory]
    [InlineData("Tomas Vell is due to testify before the Union Front on March 3.", "2021-03-01", EventStatus.Planned)]
    [InlineData("Tomas Vell sat before the Union Front on March 3 and apologised.", "2021-03-10", EventStatus.Occurred)]
    public void Testimony_told_with_a_mistagged_verb_is_found(string text, string written, EventStatus status)
    {
        var testimony = Single(World().Extract(text, written), "TESTIFY");
        Assert.Equal(status, testimony.Status);
        Assert.Equal(new DateOnly(2021, 3, 3), testimony.Time?.Earliest);
        Assert.Contains("Tomas Vell", Names(testimony.Actors));
    }

    [Theory]
    [InlineData("Kestrel Party leader to resign over the Halden affair", EventStatus.Planned)]
    [InlineData("Daily Courier to close its Halden office", EventStatus.Planned)]
    [InlineData("The first leader to resign over the Halden affair was Tomas Vell.", EventStatus.Occurred)]
    public void A_headline_s_subject_and_infinitive_is_the_future(string text, EventStatus status)
    {
        Assert.Equal(status, Assert.Single(World().Extract(text, "2021-03-10")).Status);
    }

    [Theory]
    [InlineData("Tomas Vell signed the order on March 3.", false)]
    [InlineData("Prosecutors concluded that the Kestrel Party had lied.", false)]
    [InlineData("Tomas Vell signed the treaty on March 3.", true)]
    [InlineData("Norvia signed with Halden on March 3.", true)]
    public void Signing_is_an_agreement_only_with_an_agreement_as_its_object(string text, bool agreement)
    {
        var mentions = World().Extract(text, "2021-03-10");
        Assert.Equal(agreement, mentions.Any(m => m.Type == "SIGN_AGREEMENT" && !m.Nominal));
    }

    [Fact]
    public void A_person_s_name_names_no_event()
    {
        var mentions = new EventFixture().Entity("Stan Deal", "PERSON").Extract("Stan Deal, who ran the airline, is retiring.", "2021-03-10");
        Assert.DoesNotContain(mentions, m => m.Type == "SIGN_AGREEMENT");
        Assert.Contains(mentions, m => m.Type == "RESIGN");
    }

    [Theory]
    [InlineData("Tomas Vell resigned on March 3, calling the attack a turning point.", true)]
    [InlineData("Tomas Vell resigned on March 3, the day of the attack.", false)]
    public void A_definite_event_a_comment_names_is_bounded_by_the_clause_it_hangs_on(string text, bool bounded)
    {
        var attack = Single(World().Extract(text, "2021-03-10"), "ATTACK");
        Assert.Equal(new DateOnly(2021, 3, 3), attack.Time?.Latest);
        Assert.Equal(bounded, attack.Time?.Earliest is null);
    }

    [Fact]
    public void A_noun_s_infinitive_does_not_end_its_roles()
    {
        var invitation = Single(World().Extract("On March 3, Ana Dorr delivered an invitation to visit Halden to Tomas Vell.", "2021-03-10"), "INVITE");
        Assert.Contains("Tomas Vell", Names(invitation.Targets));
        Assert.DoesNotContain("Halden", Names(invitation.Targets));
    }

    [Fact]
    public void A_title_before_a_named_person_gives_the_person_as_subject()
    {
        var invite = Single(World().Extract("The head of the Kestrel Party, Tomas Vell, was invited to Halden on March 3.", "2021-03-10"), "INVITE");
        Assert.Contains("Tomas Vell", Names(invite.Targets));
        Assert.DoesNotContain("Kestrel Party", Names(invite.Actors.Concat(invite.Targets)));
        Assert.Empty(invite.Actors);
    }

    [Fact]
    public void What_a_dated_clause_came_after_is_bounded_by_its_time()
    {
        var attack = Single(World().Extract("Tomas Vell resigned in April after the Kestrel Party attacked Norvia.", "2021-05-10"), "ATTACK");
        Assert.Null(attack.Time?.Earliest);
        Assert.Equal(new DateOnly(2021, 4, 30), attack.Time?.Latest);
    }

    [Fact]
    public void Shortly_after_keeps_the_time()
    {
        var attack = Single(World().Extract("Tomas Vell resigned on March 3, shortly after the Kestrel Party attacked Norvia.", "2021-05-10"), "ATTACK");
        Assert.Equal(new DateOnly(2021, 3, 3), attack.Time?.Earliest);
    }

    [Fact]
    public void A_relative_clause_is_not_dated_by_the_clause_it_describes()
    {
        var resign = Single(World().Extract("Ana Dorr took over in April from Tomas Vell, who resigned over the crisis.", "2021-05-10"), "RESIGN");
        Assert.Null(resign.Time);
    }

    [Fact]
    public void A_relative_clause_s_time_does_not_date_the_clause_it_interrupts()
    {
        var appoint = Single(World().Extract("Ana Dorr, a lawyer who joined the Kestrel Party in 2019, was appointed to lead it.", "2021-05-10"), "APPOINT");
        Assert.Null(appoint.Time);
    }

    [Fact]
    public void A_relative_clause_after_a_preposition_is_at_its_antecedent_s_time()
    {
        var talks = Single(World().Extract("The Kestrel Party met the Union Front in April, during which they negotiated a truce.", "2021-05-10"), "TALKS");
        Assert.Equal(new DateOnly(2021, 4, 1), talks.Time?.Earliest);
    }

    [Theory]
    [InlineData("Norvia announced its readiness to hold a meeting between the Kestrel Party and the Union Front.", EventStatus.Planned)]
    [InlineData("Norvia held a meeting with the Kestrel Party.", EventStatus.Occurred)]
    public void A_noun_of_intent_before_to_makes_the_event_planned(string text, EventStatus status)
    {
        Assert.Equal(status, Single(World().Extract(text, "2021-03-10"), "MEET").Status);
    }

    [Fact]
    public void Its_before_a_nominal_names_the_last_organisation_or_place_as_actor()
    {
        var invite = Single(World().Extract("Officials lodged protests with Norvia over its invitation to the Union Front.", "2021-03-10"), "INVITE");
        Assert.Equal(["Norvia"], Names(invite.Actors));
        Assert.Equal(["Union Front"], Names(invite.Targets));
    }

    [Fact]
    public void An_event_without_participants_takes_those_of_the_when_clause_at_its_time()
    {
        var talks = Single(World().Extract("Similar talks took place in 2019, when the Kestrel Party and the Union Front demanded a vote.", "2021-03-10"), "TALKS");
        Assert.Equal(["Kestrel Party", "Union Front"], Names(talks.Actors));
    }

    [Theory]
    [InlineData("The Kestrel Party held several rounds of talks with the Union Front.", "TALKS", true)]
    [InlineData("The Kestrel Party held talks with the Union Front.", "TALKS", false)]
    [InlineData("The Kestrel Party and the Union Front have agreed to a number of reconciliation deals.", "SIGN_AGREEMENT", true)]
    [InlineData("Tomas Vell and Ana Dorr had three meetings in Halden.", "MEET", true)]
    [InlineData("Tomas Vell met Ana Dorr in Halden in 2019.", "MEET", false)]
    public void A_mention_counted_by_many_is_iterative(string text, string type, bool iterative)
    {
        var mentions = World().Extract(text, "2021-03-10").Where(m => m.Type == type || (type == "SIGN_AGREEMENT" && m.Type == "AGREE")).ToList();
        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.Equal(iterative, m.Iterative));
    }

    [Fact]
    public void Verbal_trigger_with_actor_target_place_and_time()
    {
        var m = Single(World().Extract("Tomas Vell met Ana Dorr in Halden on March 3.", "2021-03-10"), "MEET");
        Assert.False(m.Nominal);
        Assert.Equal(["Tomas Vell"], Names(m.Actors));
        Assert.Equal(["Ana Dorr"], Names(m.Targets));
        Assert.Equal("Halden", m.Location?.Name);
        Assert.Equal(new DateOnly(2021, 3, 3), m.Time?.Earliest);
        Assert.Equal(EventTimeSource.Clause, m.Time?.Source);
        Assert.Equal(EventStatus.Occurred, m.Status);
    }

    [Fact]
    public void Subject_with_parenthesised_short_names_keeps_every_party()
    {
        var fixture = World().Entity("KP", "ORG", "kestrel_party").Entity("UF", "ORG", "union_front");
        var m = Single(fixture.Extract("A news agency said that representatives of the Kestrel Party (KP) and the Union Front (UF) will meet in Halden."), "MEET");
        Assert.Contains("Kestrel Party", Names(m.Actors));
        Assert.Contains("Union Front", Names(m.Actors));
    }

    [Fact]
    public void A_time_right_after_the_verb_governs_it_over_the_reporting_time()
    {
        var fixture = World().Time("tomorrow", "2021-03-06");
        var m = Single(fixture.Extract("The Daily Courier said on March 3 that the Kestrel Party and the Union Front will meet tomorrow in Halden.", "2021-03-05"), "MEET");
        Assert.Equal(new DateOnly(2021, 3, 6), m.Time?.Earliest);
    }

    [Fact]
    public void Coordinated_times_give_one_event_each()
    {
        var fixture = World().Time("2017", "2017-01-01", "2017-12-31", "year");
        var mentions = fixture.Extract("Similar talks took place in 2019 and 2017.", "2021-03-05");
        Assert.Equal([2017, 2019], mentions.Where(m => m.Type == "TALKS").Select(m => m.Time?.Earliest?.Year ?? 0).Order().ToArray());
    }

    [Fact]
    public void A_time_inside_an_aside_dates_nothing_outside_it()
    {
        var fixture = World().Time("1990", "1990-01-01", "1990-12-31", "year");
        var m = Single(fixture.Extract("The current talks between the Kestrel Party and the Union Front - the longest since 1990 - resumed in Halden.", "2021-03-05"), "TALKS");
        Assert.Null(m.Time);
    }

    [Fact]
    public void A_time_of_what_something_is_compared_with_dates_nothing()
    {
        var fixture = World().Time("1990", "1990-01-01", "1990-12-31", "year");
        var m = Single(fixture.Extract("Norvia warned of an attack on Halden similar to that of 1990.", "2021-03-05"), "ATTACK");
        Assert.Null(m.Time);
    }

    [Fact]
    public void Something_done_this_week_happened_by_the_writing()
    {
        var fixture = World().Time("this week", "2021-03-01", "2021-03-07", "week");
        var m = Single(fixture.Extract("Tomas Vell met Ana Dorr this week.", "2021-03-05"), "MEET");
        Assert.Equal((new DateOnly(2021, 3, 1), new DateOnly(2021, 3, 5)), (m.Time?.Earliest, m.Time?.Latest));
    }

    [Theory]
    [InlineData("Tomas Vell joined the Kestrel Party in 2009 and became its leader in October.")]
    [InlineData("Tomas Vell, a former banker who has sat on the board of the Kestrel Party since 2009, became chairman in October when the board split.")]
    [InlineData("Since he became the Kestrel Party's political chief in October, Tomas Vell has not travelled.")]
    public void Becoming_a_leader_takes_office_at_the_time_told_after_it(string text)
    {
        var fixture = World().Time("2009", "2009-01-01", "2009-12-31", "year").Time("October", "2020-10-01", "2020-10-31", "month");
        var m = Single(fixture.Extract(text, "2021-06-05"), "TAKE_OFFICE");
        Assert.Equal(new DateOnly(2020, 10, 1), m.Time?.Earliest);
    }

    [Fact]
    public void Receiving_a_delegation_is_a_visit()
    {
        var m = Single(World().Extract("Norvia received a delegation from the Kestrel Party on March 3.", "2021-03-05"), "VISIT");
        Assert.Equal(new DateOnly(2021, 3, 3), m.Time?.Earliest);
    }

    [Fact]
    public void A_time_far_from_its_trigger_with_nothing_attaching_it_dates_nothing()
    {
        var fixture = World().Time("today", "2021-03-05");
        var m = Single(fixture.Extract("Tomas Vell welcomed the efforts of Norvia to end the dispute between the two parties, and said in an interview with the channel Norvia today that he was hopeful.", "2021-03-05"), "WELCOME");
        Assert.Null(m.Time);
    }

    [Fact]
    public void Times_that_bound_a_span_are_not_coordinated()
    {
        var fixture = World().Time("2017", "2017-01-01", "2017-12-31", "year").Time("2019", "2019-01-01", "2019-12-31", "year");
        Assert.Single(fixture.Extract("Talks were held between 2017 and 2019.", "2021-03-05"), m => m.Type == "TALKS");
    }

    [Fact]
    public void An_announced_meeting_is_not_dated_by_the_announcement()
    {
        var mentions = World().Extract("Norvia announced on March 3 a meeting in Halden between the Kestrel Party and the Union Front.", "2021-03-05");
        Assert.Equal(new DateOnly(2021, 3, 3), Single(mentions, "ANNOUNCE").Time?.Earliest);
        Assert.Null(Single(mentions, "MEET").Time);
    }

    [Fact]
    public void An_announced_meeting_keeps_a_date_told_after_it()
    {
        var mentions = World().Extract("Norvia announced a meeting in Halden in April.", "2021-03-05");
        Assert.Equal(new DateOnly(2021, 4, 1), Single(mentions, "MEET").Time?.Earliest);
    }

    [Fact]
    public void A_meeting_one_is_invited_to_is_planned()
    {
        var mentions = World().Extract("Norvia invited the Kestrel Party to a meeting.", "2021-03-05");
        Assert.Equal(EventStatus.Planned, Single(mentions, "MEET").Status);
    }

    [Theory]
    [InlineData("Norvia invited the leaders of the Kestrel Party to talks in Halden.")]
    [InlineData("Norvia announced that it had invited the leaders of the Kestrel Party - including Ana Dorr - to talks in Halden.")]
    public void Talks_one_is_invited_to_are_planned_and_held_by_the_invited(string text)
    {
        var talks = Single(World().Extract(text, "2021-03-05"), "TALKS");
        Assert.Equal(EventStatus.Planned, talks.Status);
        Assert.Equal(["Kestrel Party"], Names(talks.Actors));
        Assert.Equal("halden", talks.Location?.EntityKey);
    }

    [Fact]
    public void An_irregular_past_after_its_subject_is_a_verb()
    {
        var crash = Single(World().Extract("A door plug tore away from a Kestrel Party jet on March 3.", "2021-03-10"), "CRASH");
        Assert.Equal(new DateOnly(2021, 3, 3), crash.Time?.Earliest);
    }

    [Fact]
    public void Events_of_another_kind_counted_after_a_verb_do_not_make_it_many()
    {
        var resignation = Single(World().Extract("Tomas Vell resigned over two attacks on Norvia in April.", "2021-05-10"), "RESIGN");
        Assert.False(resignation.Iterative);
    }

    [Fact]
    public void As_before_a_noun_phrase_keeps_the_relative_clause_s_time()
    {
        var takeover = Single(World().Extract("Ana Dorr, who replaced Tomas Vell as chief of the Kestrel Party in April, spoke to the Daily Courier.", "2021-05-10"), "TAKE_OFFICE");
        Assert.Equal(new DateOnly(2021, 4, 1), takeover.Time?.Earliest);
    }

    [Fact]
    public void The_second_of_two_coordinated_verbs_takes_the_first_one_s_subject()
    {
        var takeover = Single(World().Extract("Tomas Vell joined the Kestrel Party in 2019 and became chairman in April.", "2021-05-10"), "TAKE_OFFICE");
        Assert.Equal(["Tomas Vell"], Names(takeover.Actors));
    }

    [Fact]
    public void A_verb_after_infinitival_to_stays_a_verb()
    {
        var talks = Single(World().Extract("The Kestrel Party agreed to discuss the plan with the Union Front."), "TALKS");
        Assert.False(talks.Nominal);
    }

    [Fact]
    public void Nominal_trigger_takes_its_type_from_the_noun()
    {
        var m = Single(World().Extract("The negotiations between the Kestrel Party and the Union Front ended in 2019."), "TALKS");
        Assert.True(m.Nominal);
        Assert.Equal(["Kestrel Party", "Union Front"], Names(m.Targets));
        Assert.Equal("year", m.Time?.Granularity);
    }

    [Fact]
    public void Light_verb_yields_to_its_object_noun()
    {
        var mentions = World().Extract("The Kestrel Party held talks with the Union Front on March 3.");
        var m = Single(mentions, "TALKS");
        Assert.Equal("talks", m.TriggerText);
        Assert.Equal(["Kestrel Party"], Names(m.Actors));
        Assert.Equal(["Union Front"], Names(m.Targets));
        Assert.Equal(new DateOnly(2021, 3, 3), m.Time?.Earliest);
    }

    [Theory]
    [InlineData("Tomas Vell lodged a protest with the Union Front on March 3.", "PROTEST")]
    [InlineData("Tomas Vell extended an invitation to the Union Front on March 3.", "INVITE")]
    [InlineData("Tomas Vell submitted his resignation to the Union Front on March 3.", "RESIGN")]
    public void Lodging_extending_or_submitting_an_event_noun_is_that_event_done_by_the_subject(string text, string type)
    {
        var m = Single(World().Extract(text), type);
        Assert.Equal(["Tomas Vell"], Names(m.Actors));
        Assert.Equal(new DateOnly(2021, 3, 3), m.Time?.Earliest);
    }

    [Fact]
    public void Made_a_visit_is_a_visit_with_its_place()
    {
        var m = Single(World().Extract("Lena Okafor made a short visit to Norvia in April."), "VISIT");
        Assert.Equal(["Lena Okafor"], Names(m.Actors));
        Assert.Equal("Norvia", m.Location?.Name);
    }

    [Fact]
    public void Passive_agent_after_by_is_the_actor()
    {
        var m = Assert.Single(World().Extract("The ceremony was hosted by Ana Dorr in Halden."), x => x.TriggerText == "hosted");
        Assert.Equal(["Ana Dorr"], Names(m.Actors));
        Assert.Equal("Halden", m.Location?.Name);
    }

    [Fact]
    public void Coordinated_subjects_are_all_actors()
    {
        var m = Single(World().Extract("The Kestrel Party and the Union Front signed a truce in Halden."), "SIGN_AGREEMENT");
        Assert.Equal(["Kestrel Party", "Union Front"], Names(m.Actors));
    }

    [Fact]
    public void Delegation_headed_by_a_person_has_that_person_as_actor()
    {
        var m = Single(World().Extract("A delegation headed by Lena Okafor will visit Norvia next week.", "2021-03-10"), "VISIT");
        Assert.Contains("Lena Okafor", Names(m.Actors));
        Assert.Equal(EventStatus.Planned, m.Status);
    }

    [Fact]
    public void Apposition_is_skipped_to_find_the_subject()
    {
        var m = Single(World().Extract("Tomas Vell, the envoy of Norvia, visited Halden in April."), "VISIT");
        Assert.Equal(["Tomas Vell"], Names(m.Actors));
        Assert.Equal("Halden", m.Location?.Name);
    }

    [Theory]
    [InlineData("Tomas Vell, who visited Halden in April, praised the plan.")]
    [InlineData("It was Tomas Vell who visited Halden in April.")]
    public void A_relative_clause_takes_the_subject_it_follows(string text)
    {
        var m = Single(World().Extract(text), "VISIT");
        Assert.Equal(["Tomas Vell"], Names(m.Actors));
        Assert.Equal("Halden", m.Location?.Name);
    }

    [Fact]
    public void Invited_X_to_visit_makes_X_the_visitor_and_the_visit_planned()
    {
        var mentions = World().Extract("Norvia invited Tomas Vell to visit Halden.");
        var invite = Single(mentions, "INVITE");
        Assert.Equal(["Norvia"], Names(invite.Actors));
        Assert.Equal(["Tomas Vell"], Names(invite.Targets));
        var visit = Single(mentions, "VISIT");
        Assert.Equal(["Tomas Vell"], Names(visit.Actors));
        Assert.Equal(EventStatus.Planned, visit.Status);
    }

    [Theory]
    [InlineData("Tomas Vell will meet Ana Dorr.", EventStatus.Planned)]
    [InlineData("Tomas Vell is to meet Ana Dorr.", EventStatus.Planned)]
    [InlineData("Tomas Vell is scheduled to meet Ana Dorr.", EventStatus.Planned)]
    [InlineData("Tomas Vell plans to meet Ana Dorr.", EventStatus.Planned)]
    [InlineData("Tomas Vell is expected to meet Ana Dorr.", EventStatus.Planned)]
    [InlineData("Tomas Vell said he would meet Ana Dorr.", EventStatus.Planned)]
    [InlineData("Tomas Vell will likely meet Ana Dorr.", EventStatus.Uncertain)]
    [InlineData("Tomas Vell may meet Ana Dorr.", EventStatus.Uncertain)]
    [InlineData("Tomas Vell did not meet Ana Dorr.", EventStatus.Negated)]
    [InlineData("Tomas Vell never met Ana Dorr.", EventStatus.Negated)]
    [InlineData("Tomas Vell failed to meet Ana Dorr.", EventStatus.Failed)]
    [InlineData("Tomas Vell met Ana Dorr.", EventStatus.Occurred)]
    public void Status_cues(string text, EventStatus status) => Assert.Equal(status, Single(World().Extract(text), "MEET").Status);

    [Fact]
    public void Not_fully_implemented_is_a_partial_negation_and_never_is_kept_apart()
    {
        var partial = Single(World().Extract("The truce was not fully implemented."), "IMPLEMENT");
        Assert.Equal(EventStatus.Negated, partial.Status);
        Assert.Equal("partial", partial.Negation);
        var never = Single(World().Extract("The truce has never been implemented."), "IMPLEMENT");
        Assert.Equal("never", never.Negation);
    }

    [Fact]
    public void A_time_after_the_document_date_makes_the_event_planned()
    {
        var m = Single(World().Extract("Tomas Vell meets Ana Dorr next week.", "2021-03-10"), "MEET");
        Assert.Equal(EventStatus.Planned, m.Status);
    }

    [Fact]
    public void Time_in_the_trigger_clause_wins_over_another_clause()
    {
        var m = Single(World().Extract("After the war ended in 2019, Tomas Vell met Ana Dorr on March 3."), "MEET");
        Assert.Equal(new DateOnly(2021, 3, 3), m.Time?.Earliest);
    }

    [Fact]
    public void Without_a_clause_time_the_sentence_time_is_used()
    {
        var m = Single(World().Extract("Back in 2019, when the crisis deepened, Tomas Vell met Ana Dorr."), "MEET");
        Assert.Equal("year", m.Time?.Granularity);
    }

    [Fact]
    public void Undated_speech_acts_take_the_document_date()
    {
        var m = Single(World().Extract("Norvia announced new sanctions against Halden.", "2021-03-10"), "ANNOUNCE");
        Assert.Equal(EventTimeSource.DocumentDate, m.Time?.Source);
        Assert.Equal(new DateOnly(2021, 3, 10), m.Time?.Earliest);
    }

    [Fact]
    public void Pure_reporting_is_attribution_unless_dated()
    {
        var undated = World().Extract("Tomas Vell said the talks were useful.");
        Assert.DoesNotContain(undated, m => m.Type == "REPORT");
        var talks = Single(undated, "TALKS");
        Assert.Equal("Tomas Vell", talks.Attribution.Speaker?.Name);
        var dated = World().Extract("The Daily Courier reported on March 3 that Norvia had closed its border.");
        Assert.Contains(dated, m => m.Type == "REPORT" && m.Time?.Earliest == new DateOnly(2021, 3, 3));
    }

    [Fact]
    public void Stances_are_not_events()
    {
        Assert.DoesNotContain(World().Extract("Norvia has always welcomed the Union Front."), m => m.Type == "WELCOME");
        Assert.Contains(World().Extract("Norvia welcomed the Union Front."), m => m.Type == "WELCOME");
    }

    [Fact]
    public void According_to_an_outlet_is_the_source()
    {
        var m = Single(World().Extract("Tomas Vell met Ana Dorr, according to the Daily Courier."), "MEET");
        Assert.Equal("Daily Courier", m.Attribution.Source?.Name);
        Assert.Equal(["Ana Dorr"], Names(m.Targets));
    }

    [Fact]
    public void Speaker_after_said_and_outlet_after_told()
    {
        var inverted = Single(World().Extract("Norvia will host the summit, said Tomas Vell."), "MEET");
        Assert.Equal("Tomas Vell", inverted.Attribution.Speaker?.Name);
        var told = Single(World().Extract("Ana Dorr told the Daily Courier that Norvia had condemned the raid."), "CRITICIZE");
        Assert.Equal("Ana Dorr", told.Attribution.Speaker?.Name);
        Assert.Equal("Daily Courier", told.Attribution.Source?.Name);
        Assert.Equal(["Norvia"], Names(told.Actors));
    }

    [Fact]
    public void Extraction_is_total()
    {
        var extractor = EventExtractor.Default;
        Assert.Empty(extractor.Extract("", [], [], [], null));
        var text = "\uD800 meet; ;; talks \u0000 held by by by";
        var sentences = Chronicle.Segmentation.Segmenter.Default.Segment(text, []);
        var odd = new EventParticipantMention(new Chronicle.Model.Span(-5, 400), "GPE", "x", "x");
        _ = extractor.Extract(text, sentences, [new EventTimeMention(new Chronicle.Model.Span(3, 1), "x", null, null, "day")], [odd], null);
    }

    [Fact]
    public void Ontology_has_the_general_news_types_with_codes_and_families()
    {
        var o = EventOntology.Default;
        Assert.True(o.Types.Count >= 30);
        Assert.All(o.Types, t => Assert.False(string.IsNullOrEmpty(t.Family)));
        Assert.True(o.Compatible("MEET", "TALKS"));
        Assert.True(o.Compatible("VISIT", "MEET"));
        Assert.False(o.Compatible("MEET", "ATTACK"));
        Assert.Equal("046", o.Find("TALKS")?.Cameo);
    }
}
