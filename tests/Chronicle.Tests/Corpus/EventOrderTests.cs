using Chronicle.Corpus;
using Chronicle.Events;
using Chronicle.Fusion;
using Chronicle.Model;

namespace Chronicle.Tests.Corpus;

public sealed class EventOrderTests
{
    [Fact]
    public void Block_sort_keys_rank_events_among_those_of_the_same_day_and_first_source_only()
    {
        var a = Event(new DateOnly(2020, 5, 1), "doc1", 10);
        var b = Event(new DateOnly(2020, 5, 1), "doc1", 10);
        var c = Event(new DateOnly(2020, 4, 1), "doc2", 3);

        var keys = EventOrder.BlockSortKeys([a, c, b]);

        // What comes before an event in its block does not move its key; equal ones keep fusion's order.
        Assert.Equal(EventOrder.SortKey(a, 0), keys[0]);
        Assert.Equal(EventOrder.SortKey(c, 0), keys[1]);
        Assert.Equal(EventOrder.SortKey(b, 1), keys[2]);
        Assert.Equal(EventOrder.BlockSortKeys([c]), [keys[1]]);
        Assert.True(string.CompareOrdinal(keys[0], keys[2]) < 0);
    }

    [Fact]
    public void A_sort_key_gives_back_the_day_it_orders_by_and_none_for_an_undated_event()
    {
        var day = new DateOnly(2020, 5, 1);
        var undated = Event(day, "doc1", 10) with { Earliest = null, Latest = null };

        Assert.Equal(day.DayNumber, EventOrder.Day(EventOrder.SortKey(Event(day, "doc1", 10), 3)));
        Assert.Null(EventOrder.Day(EventOrder.SortKey(undated, 0)));
        Assert.Null(EventOrder.Day("not a key"));
    }

    private static FusedEvent Event(DateOnly day, string document, int trigger)
    {
        var mention = new EventMention("MEET", new Span(trigger, trigger + 4), "meet", "meet", false, 0, new Span(0, 20), [], [], null, null, EventStatus.Occurred, null, EventAttribution.None);
        return new FusedEvent("v1", "MEET", "CONTACT", day, day, "day", EventStatus.Occurred, [], [], null, [new EventSource(document, mention, "text")], 1, new EventSalience("core", 1, 1, 0));
    }
}
