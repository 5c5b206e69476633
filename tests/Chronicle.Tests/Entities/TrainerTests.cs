using Chronicle.Entities;
using Chronicle.Entities.Gazetteers;
using Chronicle.Entities.Ner;

namespace Chronicle.Tests.Entities;

public sealed class TrainerTests
{
    private static readonly string[] People = ["Carla Mendes", "Tomas Vera", "Ana Ruiz", "Rui Costa", "Ines Lopes", "Joao Pinto"];
    private static readonly string[] Places = ["Lima", "Quito", "Oporto", "Cusco", "Braga", "Arequipa"];
    private static readonly string[] Orgs = ["Andean Bank", "Coastal League", "Harbour Trust", "Mining Union"];

    /// <summary>A small made-up corpus in UNER's layout: "X visited Y for Z." sentences.</summary>
    private static string Corpus(int offset)
    {
        var b = new System.Text.StringBuilder();
        for (var d = 0; d < 6; d++)
        {
            b.Append("# newdoc id = doc").Append(d).Append('\n');
            for (var s = 0; s < 5; s++)
            {
                var k = d * 5 + s + offset;
                var words = new List<(string, string)>();
                var person = People[k % People.Length].Split(' ');
                words.Add((person[0], "B-PER"));
                words.Add((person[1], "I-PER"));
                words.Add(("visited", "O"));
                words.Add((Places[(k * 7) % Places.Length], "B-LOC"));
                words.Add(("for", "O"));
                words.Add(("the", "O"));
                var org = Orgs[k % Orgs.Length].Split(' ');
                words.Add((org[0], "B-ORG"));
                words.Add((org[1], "I-ORG"));
                words.Add((".", "O"));
                for (var i = 0; i < words.Count; i++)
                {
                    b.Append(i + 1).Append('\t').Append(words[i].Item1).Append('\t').Append(words[i].Item2).Append("\t-\t-\n");
                }

                b.Append('\n');
            }
        }

        return b.ToString();
    }

    private static string MakeData()
    {
        var dir = Directory.CreateTempSubdirectory("nerdata").FullName;
        Directory.CreateDirectory(Path.Combine(dir, "uner-english-ewt"));
        Directory.CreateDirectory(Path.Combine(dir, "wikigold"));
        File.WriteAllText(Path.Combine(dir, "uner-english-ewt", "en_ewt-ud-dev.iob2"), Corpus(0));
        File.WriteAllText(Path.Combine(dir, "uner-english-ewt", "en_ewt-ud-test.iob2"), Corpus(3));
        File.WriteAllText(Path.Combine(dir, "wikigold", "wikigold.conll.txt"), "-DOCSTART- O\n\nQuito I-LOC\nis O\nhigh O\n. O\n");
        return dir;
    }

    [Fact]
    public void Training_learns_a_small_corpus_reports_held_out_scores_and_is_deterministic()
    {
        var dir = MakeData();
        try
        {
            var options = new NerTrainingOptions(dir, Path.Combine(dir, "a.bin"), Epochs: 5, BucketBits: 14);
            var messages = new List<string>();
            var first = NerTrainer.Train(options, Gazetteer.Default, messages.Add);
            var second = NerTrainer.Train(options with { OutputPath = Path.Combine(dir, "b.bin") }, Gazetteer.Default);

            Assert.Equal(File.ReadAllBytes(Path.Combine(dir, "a.bin")), File.ReadAllBytes(Path.Combine(dir, "b.bin")));
            Assert.Contains(messages, m => m.StartsWith("epoch 5/5", StringComparison.Ordinal));
            Assert.Equal(7, first.TrainingDocuments);
            Assert.True(first.ModelBytes > 0);
            Assert.True(first.HeldOut[0].Overall.F1 > 0.9, first.HeldOut[0].Format());

            const string text = "Rui Costa visited Cusco for the Harbour Trust .";
            var recognizer = new EntityRecognizer(first.Model, Gazetteer.Default);
            var mentions = recognizer.Recognize(text, TestText.Segment(text));
            Assert.Contains(mentions, m => m.Text == "Rui Costa" && m.Type == EntityType.Person);
            Assert.Contains(mentions, m => m.Text == "Harbour Trust" && m.Type == EntityType.Org);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Annotated_news_articles_join_the_training_data_with_their_weight()
    {
        var dir = MakeData();
        try
        {
            const string article = "Talks in Braga\nLuis Prado of the Delta Guild met Nuno Sa in Braga. Prado left on Friday.\n";
            Directory.CreateDirectory(Path.Combine(dir, "news"));
            File.WriteAllText(Path.Combine(dir, "news", "a.txt"), article);
            var corpus = Path.Combine(dir, "news-train.tsv");
            File.WriteAllLines(corpus, ["@doc\ttrain\ttext\tnews/a.txt", "9\t14\tLOC\tBraga", "15\t25\tPER\tLuis Prado", "33\t44\tORG\tDelta Guild", "49\t56\tPER\tNuno Sa", "60\t65\tLOC\tBraga", "67\t72\tPER\tPrado"]);
            var options = new NerTrainingOptions(dir, null, Epochs: 5, BucketBits: 14, NewsCorpus: corpus);
            var messages = new List<string>();

            var report = NerTrainer.Train(options, Gazetteer.Default, messages.Add);
            var without = NerTrainer.Train(options with { NewsWeight = 0f }, Gazetteer.Default);

            Assert.Equal(8, report.TrainingDocuments);
            Assert.Equal(7, without.TrainingDocuments);
            Assert.Contains("news training articles: 1, weight 1", messages);

            var broken = Path.Combine(dir, "broken.tsv");
            File.WriteAllLines(broken, ["@doc\ttrain\ttext\tnews/a.txt", "9\t14\tLOC\tBragA"]);
            var error = Assert.Throws<InvalidDataException>(() => NerTrainer.Train(options with { NewsCorpus = broken }, Gazetteer.Default));
            Assert.Contains("broken.tsv:2", error.Message);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_bilou_model_learns_saves_loads_and_tags_in_bio()
    {
        var dir = MakeData();
        try
        {
            var options = new NerTrainingOptions(dir, Path.Combine(dir, "u.bin"), Epochs: 5, BucketBits: 14, Scheme: "BILOU", WebWeight: 2f);
            var report = NerTrainer.Train(options, Gazetteer.Default);
            Assert.Same(TagScheme.Bilou, report.Model.Scheme);
            Assert.True(report.HeldOut[0].Overall.F1 > 0.9, report.HeldOut[0].Format());

            using var file = File.OpenRead(Path.Combine(dir, "u.bin"));
            var loaded = NerModel.Load(file);
            Assert.Same(TagScheme.Bilou, loaded.Scheme);
            const string text = "Ana Ruiz visited Lima for the Mining Union .";
            var mentions = new EntityRecognizer(loaded, Gazetteer.Default).Recognize(text, TestText.Segment(text));
            Assert.Contains(mentions, m => m.Text == "Ana Ruiz" && m.Type == EntityType.Person);
            Assert.Contains(mentions, m => m.Text == "Mining Union" && m.Type == EntityType.Org);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_stacked_model_learns_saves_loads_and_tags_deterministically()
    {
        var dir = MakeData();
        try
        {
            var options = new NerTrainingOptions(dir, Path.Combine(dir, "s.bin"), Epochs: 5, BucketBits: 16, StackFolds: 3);
            var report = NerTrainer.Train(options, Gazetteer.Default);
            NerTrainer.Train(options with { OutputPath = Path.Combine(dir, "t.bin") }, Gazetteer.Default);
            Assert.Equal(File.ReadAllBytes(Path.Combine(dir, "s.bin")), File.ReadAllBytes(Path.Combine(dir, "t.bin")));
            Assert.NotNull(report.Model.SecondStage);
            Assert.True(report.HeldOut[0].Overall.F1 > 0.9, report.HeldOut[0].Format());

            using var file = File.OpenRead(Path.Combine(dir, "s.bin"));
            var loaded = NerModel.Load(file);
            Assert.Equal(NerFeatureExtractor.FeaturesPerToken + DocumentLabelFeatures.Count, loaded.SecondStage?.FeatureCount);
            const string text = "Ines Lopes visited Braga for the Coastal League . Lopes left Braga .";
            var mentions = new EntityRecognizer(loaded, Gazetteer.Default).Recognize(text, TestText.Segment(text));
            Assert.Contains(mentions, m => m.Text == "Ines Lopes" && m.Type == EntityType.Person);
            Assert.Contains(mentions, m => m.Text == "Coastal League" && m.Type == EntityType.Org);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Stacking_is_refused_with_silver_data_or_too_few_buckets()
    {
        var dir = MakeData();
        try
        {
            Assert.Throws<ArgumentException>(() => NerTrainer.Train(new NerTrainingOptions(dir, null, Epochs: 1, BucketBits: 14, StackFolds: 3), Gazetteer.Default));
            Assert.Throws<ArgumentException>(() => NerTrainer.Train(new NerTrainingOptions(dir, null, Epochs: 1, BucketBits: 16, SilverWeight: 0.5f, StackFolds: 3), Gazetteer.Default));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void An_unknown_scheme_is_refused()
    {
        var dir = MakeData();
        try
        {
            Assert.Throws<ArgumentException>(() => NerTrainer.Train(new NerTrainingOptions(dir, null, Epochs: 1, BucketBits: 12, Scheme: "IOBES2"), Gazetteer.Default));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Silver_labels_keep_proper_nouns_and_grow_names_over_them()
    {
        var dir = MakeData();
        try
        {
            var model = NerTrainer.Train(new NerTrainingOptions(dir, null, Epochs: 5, BucketBits: 14), Gazetteer.Default).Model;
            var conllu = Path.Combine(dir, "t.conllu");
            File.WriteAllText(conllu, "# newdoc id = t1\n1\tDr\tDr\tPROPN\n2\tAna\tAna\tPROPN\n3\tRuiz\tRuiz\tPROPN\n4\tvisited\tvisit\tVERB\n5\tLima\tLima\tPROPN\n6\t.\t.\tPUNCT\n\n");
            var documents = SilverCorpus.ReadConllu(conllu);
            Assert.Equal("t1", documents[0].Id);
            Assert.Equal(["PROPN", "PROPN", "PROPN", "VERB", "PROPN", "PUNCT"], documents[0].Sentences[0].Tags);

            var silver = SilverCorpus.Label(documents, new EntityRecognizer(model, Gazetteer.Default));
            var tags = silver[0].Sentences[0].Tags;
            Assert.Equal("O", tags[3]);
            Assert.Equal("I-PER", tags[2]);
            Assert.Equal("B-PER", tags[0]);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
