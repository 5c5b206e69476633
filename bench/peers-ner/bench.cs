#:project ../../src/Chronicle/Chronicle.csproj
// Driver for run.sh: "export GOLD OUT.jsonl" or "score GOLD PEER_SPANS.jsonl". GOLD is an IOB2 file,
// or "news:PART:DATA" for the shipped news gold's articles (PART test, dev or all; DATA the data folder).
using Chronicle.Entities;
using Chronicle.Evaluation.Ner;
using Chronicle.Evaluation.Timex;

if (args.Length == 3 && args[0] is "export" or "score")
{
    var news = NewsArticles(args[1]);
    if (args[0] == "export")
    {
        var count = news is null ? NerPeerBench.Export(args[1], args[2]) : NerPeerBench.Export(news, args[2]);
        Console.Error.WriteLine($"exported {count} documents");
        return 0;
    }

    var chronicle = news is null ? NerPeerBench.ScoreChronicle(args[1], EntityRecognizer.Default) : NerPeerBench.ScoreChronicle(news, EntityRecognizer.Default);
    var peer = news is null ? NerPeerBench.ScorePeer("compromise 14.17.0", args[1], args[2]) : NerPeerBench.ScorePeer("compromise 14.17.0", news, args[2]);
    Console.WriteLine(chronicle.Format());
    Console.WriteLine(peer.Format());
    Console.WriteLine(NerPeerBench.Table([chronicle, peer]));
    return 0;
}

Console.Error.WriteLine("usage: bench.cs export GOLD OUT.jsonl | bench.cs score GOLD PEER_SPANS.jsonl");
return 2;

static IReadOnlyList<StandoffNerDocument>? NewsArticles(string gold)
{
    var parts = gold.Split(':', 3);
    if (parts is not ["news", _, _])
    {
        return null;
    }

    var part = Enum.Parse<CorpusPart>(parts[1], ignoreCase: true);
    return StandoffNerGold.LoadNews(parts[2]).Where(d => part == CorpusPart.All || d.Part == part).ToList();
}
