namespace Chronicle.Tests.Reliability;

/// <summary>Writes a folder of distinct small articles (our own sentences, varied by number) for ingest tests.</summary>
public static class CorpusWriter
{
    private static readonly string[] Towns = ["Aldport", "Brinmoor", "Castleby", "Dunwater", "Eastreach", "Fenhollow"];

    public static void Write(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        for (var i = 0; i < count; i++)
        {
            var town = Towns[i % Towns.Length];
            var text = $"""
                {town} council report number {i}

                Published {1 + (i % 28)} March 2021

                The {town} council met on Tuesday to discuss item {i} of its agenda, officials said.
                Councillors voted {i % 9} to {(i * 7) % 11} in favour of the proposal after a long debate.
                The mayor said the work would start next month and end in {2022 + (i % 3)}.
                """;
            File.WriteAllText(Path.Combine(folder, $"report-{i:D5}.txt"), text);
        }
    }
}
