using Chronicle.Corpus;

namespace Chronicle.Tests.Corpus;

public sealed class BlockNumbersTests
{
    [Fact]
    public void A_block_keeps_the_old_number_most_of_its_mentions_had()
    {
        var numbers = BlockNumbers.Assign([[7, 7, null], [3, 7], [null]], next: 10);

        Assert.Equal([7L, 3L, 10L], numbers);
    }

    [Fact]
    public void An_old_number_goes_once_to_the_block_holding_most_of_its_mentions()
    {
        // Block 7 split in two: the larger part keeps 7, the other gets a fresh number.
        var numbers = BlockNumbers.Assign([[7], [7, 7, 7], [null, null]], next: 20);

        Assert.Equal([20L, 7L, 21L], numbers);
    }

    [Fact]
    public void Ties_go_to_the_lower_old_number_then_the_earlier_block()
    {
        var numbers = BlockNumbers.Assign([[5, 4], [5]], next: 9);

        Assert.Equal([4L, 5L], numbers);
    }
}
