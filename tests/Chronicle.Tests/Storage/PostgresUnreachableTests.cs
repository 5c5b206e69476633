using Chronicle.Storage;

namespace Chronicle.Tests.Storage;

/// <summary>What a user sees when the server is not there; needs no server.</summary>
public sealed class PostgresUnreachableTests
{
    [Fact]
    public void A_server_that_does_not_answer_is_a_clear_error_naming_it()
    {
        // Port 1 on the loopback: nothing listens there, so the connection is refused at once.
        var error = Assert.Throws<StoreUnavailableException>(() => ArticleStores.Open("postgres://writer:secret@127.0.0.1:1/news?connect_timeout=3"));

        Assert.Contains("writer@127.0.0.1:1/news", error.Message, StringComparison.Ordinal);
        Assert.Contains("cannot reach the server", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_url_is_a_clear_error()
    {
        var error = Assert.Throws<StoreUnavailableException>(() => ArticleStores.Open("postgres://writer:secret@127.0.0.1:1/news?no_such_option=1"));

        Assert.Contains("no_such_option", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }
}
