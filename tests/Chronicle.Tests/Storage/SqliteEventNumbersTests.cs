using System.Globalization;
using Chronicle.Storage;

namespace Chronicle.Tests.Storage;

public class SqliteEventNumbersTests
{
    private const char Separator = '\u0001';

    [Fact]
    public void Each_event_s_number_is_its_place_in_sort_key_order_as_blocks_come_and_go()
    {
        var random = new Random(20261204);
        using var temp = new TempStore();
        using var store = temp.Open();
        var blocks = new Dictionary<long, List<string>>();
        for (var round = 0; round < 12; round++)
        {
            // Blocks of events on a few days (the undated one among them), several first documents each, so
            // that spans hold several events and a day several spans; some earlier blocks go again.
            var removed = blocks.Keys.Where(_ => random.Next(4) == 0).ToList();
            var added = Enumerable.Range(0, 1 + random.Next(4)).Select(_ => (Block: (long)(round * 10 + random.Next(10)), Keys: new List<string>())).DistinctBy(b => b.Block).Where(b => !blocks.ContainsKey(b.Block)).ToList();
            foreach (var (_, keys) in added)
            {
                for (var i = random.Next(1, 30); i > 0; i--)
                {
                    keys.Add(SortKey(random));
                }
            }

            store.WriteCorpusIndex(new CorpusIndexWrite(
                removed,
                [],
                [],
                added.SelectMany(b => b.Keys.Distinct(StringComparer.Ordinal).Select(key => new NewStoredEvent(b.Block, key, "{}", ["k"]) { Head = key })).ToList(),
                null));
            foreach (var block in removed)
            {
                blocks.Remove(block);
            }

            foreach (var (block, keys) in added)
            {
                blocks[block] = keys.Distinct(StringComparer.Ordinal).ToList();
            }

            var expected = blocks.Values.SelectMany(k => k).Order(StringComparer.Ordinal).Select((key, i) => (key, (long)i + 1)).ToList();
            var read = store.ReadEventViews(["k"], _ => true, withShown: false).Select(v => (v.Head!, v.Number)).ToList();
            Assert.Equal(expected, read);
        }
    }

    /// <summary>A key in <see cref="Corpus.EventOrder.SortKey"/>'s form: day, first document (date, origin, article), trigger position, rank.</summary>
    private static string SortKey(Random random)
    {
        var day = random.Next(3) == 0 ? "99999999" : (739000 + random.Next(3)).ToString("D8", CultureInfo.InvariantCulture);
        var document = string.Join(Separator, "0" + new DateOnly(2020, 1, 1 + random.Next(3)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "outlet" + random.Next(3), random.Next(5).ToString("x16", CultureInfo.InvariantCulture));
        return string.Join(
            Separator,
            day,
            document,
            random.Next(2000).ToString("D9", CultureInfo.InvariantCulture),
            random.Next(2).ToString("D9", CultureInfo.InvariantCulture));
    }
}
