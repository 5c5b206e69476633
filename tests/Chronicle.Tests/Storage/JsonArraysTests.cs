using System.Text.Json;
using Chronicle.Storage;
using Microsoft.Data.Sqlite;

namespace Chronicle.Tests.Storage;

public sealed class JsonArraysTests
{
    private static readonly string[] Tricky =
    [
        string.Empty,
        "plain-0123abcdef",
        "a \"quoted\" word",
        "back\\slash and /slash",
        "20090625\u0001d1\u0001000000012",
        "line\nbreak\ttab\r\u001f\u0000",
        "caf\u00e9 \u65e5\u672c \u0436",
        "face \ud83d\ude00 emoji",
        new string('x', 5000),
    ];

    [Fact]
    public void Strings_read_back_the_same_through_the_serialiser_and_through_json_each()
    {
        var json = JsonArrays.Of(Tricky);

        Assert.Equal(Tricky, JsonSerializer.Deserialize<string[]>(json));
        Assert.Equal(Tricky, ThroughJsonEach(json, reader => reader.GetString(0)));
    }

    [Fact]
    public void Numbers_read_back_the_same()
    {
        long[] numbers = [0, -1, 42, long.MaxValue, long.MinValue];
        var json = JsonArrays.Of(numbers);

        Assert.Equal(numbers, JsonSerializer.Deserialize<long[]>(json));
        Assert.Equal(numbers, ThroughJsonEach(json, reader => reader.GetInt64(0)));
        Assert.Equal("[]", JsonArrays.Of(Array.Empty<long>()));
        Assert.Equal("[]", JsonArrays.Of(Array.Empty<string>()));
    }

    private static List<T> ThroughJsonEach<T>(string json, Func<SqliteDataReader, T> read)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM json_each($ids) ORDER BY key;";
        command.Parameters.AddWithValue("$ids", json);
        using var reader = command.ExecuteReader();
        var values = new List<T>();
        while (reader.Read())
        {
            values.Add(read(reader));
        }

        return values;
    }
}
