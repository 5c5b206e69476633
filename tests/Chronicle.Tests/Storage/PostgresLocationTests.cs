using Chronicle.Storage;
using Chronicle.Storage.Postgres;

namespace Chronicle.Tests.Storage;

public sealed class PostgresLocationTests
{
    [Theory]
    [InlineData("postgres://u@h:5/d", true)]
    [InlineData("POSTGRESQL://u@h/d", true)]
    [InlineData("Host=db.example;Database=news", true)]
    [InlineData("Database=news; host=db.example", true)]
    [InlineData("chronicle.db", false)]
    [InlineData("data/host.db", false)]
    [InlineData("/tmp/postgres/store.db", false)]
    [InlineData("", false)]
    [InlineData("  SERVER =db.example", true)]
    [InlineData("Database=news;\tHost\t= db", true)]
    [InlineData("ghost=db.example", false)]
    [InlineData("Database=host", false)]
    [InlineData("my;host.db", false)]
    public void Tells_postgres_locations_from_sqlite_paths(string db, bool postgres)
    {
        Assert.Equal(postgres, ArticleStores.IsPostgres(db));
    }

    [Fact]
    public void Reads_every_part_of_a_url()
    {
        var b = PostgresLocation.Parse("postgresql://ed%40news:p%3Ass@db.example:6543/arch%20ive?sslmode=disable&application_name=ingest+3");

        Assert.Equal("db.example", b.Host);
        Assert.Equal(6543, b.Port);
        Assert.Equal("arch ive", b.Database);
        Assert.Equal("ed@news", b.Username);
        Assert.Equal("p:ss", b.Password);
        Assert.Equal(Npgsql.SslMode.Disable, b.SslMode);
        Assert.Equal("ingest 3", b.ApplicationName);
        Assert.Equal("ed@news@db.example:6543/arch ive", PostgresLocation.Describe(b));
    }

    [Fact]
    public void Defaults_the_port_and_reads_ipv6_hosts_and_socket_folders()
    {
        Assert.Equal(5432, PostgresLocation.Parse("postgres://u@db.example/d").Port);
        Assert.Equal("::1", PostgresLocation.Parse("postgres://u@[::1]:5433/d").Host);
        Assert.Equal("/run/postgresql", PostgresLocation.Parse("postgres://u@localhost/d?host=/run/postgresql").Host);
    }

    [Fact]
    public void Passes_an_npgsql_connection_string_through()
    {
        var b = PostgresLocation.Parse("Host=10.0.0.5;Port=5444;Database=news;Username=ed");

        Assert.Equal(("10.0.0.5", 5444, "news", "ed"), (b.Host, b.Port, b.Database, b.Username));
    }
}
