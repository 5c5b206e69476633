#:project ../../src/Chronicle/Chronicle.csproj
// Driver for run.sh: "export GOLD OUT.jsonl" or "score GOLD PEER_SPANS.jsonl".
using Chronicle.Entities;
using Chronicle.Evaluation.Ner;

if (args.Length == 3 && args[0] == "export")
{
    Console.Error.WriteLine($"exported {NerPeerBench.Export(args[1], args[2])} documents");
    return 0;
}

if (args.Length == 3 && args[0] == "score")
{
    var chronicle = NerPeerBench.ScoreChronicle(args[1], EntityRecognizer.Default);
    var peer = NerPeerBench.ScorePeer("compromise 14.17.0", args[1], args[2]);
    Console.WriteLine(chronicle.Format());
    Console.WriteLine(peer.Format());
    Console.WriteLine(NerPeerBench.Table([chronicle, peer]));
    return 0;
}

Console.Error.WriteLine("usage: bench.cs export GOLD OUT.jsonl | bench.cs score GOLD PEER_SPANS.jsonl");
return 2;
