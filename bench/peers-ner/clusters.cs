#:project ../../src/Chronicle/Chronicle.csproj
// Builds the tagger's word classes from unlabeled text: "clusters.cs DATA_DIR OUT.tsv.gz".
// The library's classes are src/Chronicle/Entities/Resources/word-clusters.tsv.gz, built with the defaults.
using Chronicle.Entities.Ner;

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: clusters.cs DATA_DIR OUT.tsv.gz");
    return 2;
}

var report = WordClusterBuilder.Build(new WordClusterOptions(args[0], args[1]), Console.WriteLine);
Console.WriteLine($"{report.Sentences} sentences, {report.Tokens} tokens, {report.Words} words, {report.Bytes} bytes, {report.Elapsed.TotalSeconds:0.0} s");
return 0;
