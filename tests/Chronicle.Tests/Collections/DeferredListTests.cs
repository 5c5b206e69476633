using Chronicle.Collections;

namespace Chronicle.Tests.Collections;

public sealed class DeferredListTests
{
    [Fact]
    public void A_read_waits_for_the_work_and_gives_its_items()
    {
        var gate = new TaskCompletionSource();
        var list = new DeferredList<int>(Task.Run(async () =>
        {
            await gate.Task;
            return new List<int> { 3, 1, 2 };
        }));

        gate.SetResult();

        Assert.Equal(3, list.Count);
        Assert.Equal(1, list[1]);
        Assert.Equal([3, 1, 2], list.ToList());
    }

    [Fact]
    public void Then_works_on_the_finished_list()
    {
        var list = new DeferredList<int>(Task.FromResult(new List<int> { 1, 2, 3, 4 }));

        var even = list.Then(items => items.Where(i => i % 2 == 0).Select(i => "n" + i).ToList());

        Assert.Equal(["n2", "n4"], even.ToList());
    }

    [Fact]
    public void What_the_work_throws_a_read_throws_through_every_step()
    {
        static List<int> Broken() => throw new InvalidDataException("broken row");
        var list = new DeferredList<int>(Task.Run(Broken));
        var next = list.Then(items => items.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList());

        Assert.Equal("broken row", Assert.Throws<InvalidDataException>(() => list.Count).Message);
        Assert.Equal("broken row", Assert.Throws<InvalidDataException>(() => next.ToList()).Message);
    }
}
