using System.Diagnostics;
using Chronicle.Entities.Gazetteers;
using Chronicle.Evaluation.Ner;
using Chronicle.Evaluation.Timex;
using Chronicle.Model;

namespace Chronicle.Entities.Ner;

/// <summary>Options of <see cref="NerTrainer.Train"/>.</summary>
/// <param name="DataDirectory">The folder holding uner-english-ewt/, wikigold/, meantime-apple/ and ud-english-ewt/.</param>
/// <param name="OutputPath">Where the model goes (the library ships src/Chronicle/Entities/Resources/ner-model.bin); null: not written.</param>
/// <param name="Epochs">Passes over the training sentences.</param>
/// <param name="BucketBits">The feature space has 2^BucketBits buckets.</param>
/// <param name="Seed">Seed of the sentence shuffle (the only randomness).</param>
/// <param name="HoldOutEvery">Every Nth wikigold and MEANTIME document (counting from the first) is held out for evaluation.</param>
/// <param name="LowerCaseCopyEvery">Every Nth training document is added again in lower case, so the tagger also learns names
/// written without capitals (web and social text); 0: none.</param>
/// <param name="SkipOtherTypes">Leave out training sentences with a gold entity of another type (wikigold's MISC): tagging
/// those names O would teach the tagger that capitalised names are often nothing.</param>
/// <param name="TuningSplitEvery">For tuning only: every Nth UNER dev document is held out and scored (web text that is not the test file); 0: all of UNER dev trains.</param>
/// <param name="ScoreTestFile">Score the UNER English-EWT test file at the end; off while tuning, so the test file stays unseen.</param>
/// <param name="TuningFold">Which UNER dev documents the tuning split holds out: those whose index modulo TuningSplitEvery is this
/// (-1: TuningSplitEvery - 1); running every fold gives a cross-validated figure over all of UNER dev.</param>
/// <param name="SilverWeight">Weight of the silver data (UD English-EWT train tagged by a first model trained on the gold data and
/// corrected by the treebank's proper-noun tags, see <see cref="SilverCorpus"/>) in the second, final training; 0: gold only.</param>
/// <param name="Scheme">The label set the tagger learns and decodes with: "BIO" or "BILOU" (see <see cref="TagScheme"/>).</param>
/// <param name="WebWeight">Weight of the UNER English-EWT dev sentences (web text, the test's domain) against wikigold's and MEANTIME's (1).</param>
/// <param name="StackFolds">Two-stage stacking: a second model learns from <see cref="DocumentLabelFeatures"/> over the first model's
/// labels, which for the training documents come from first models trained on the other StackFolds - 1 parts (so they are
/// as wrong as on unseen text); 0 or 1: one stage. Not with SilverWeight.</param>
/// <param name="NewsWeight">Weight of the news articles annotated for training; 0: none.</param>
/// <param name="NewsCorpus">A stand-off annotation of news articles under the data folder (see <see cref="StandoffNerGold"/>);
/// null: the shipped one (<see cref="StandoffNerGold.NewsTrainingResource"/>: TBAQ-cleaned articles of the TIMEX development part
/// outside the news gold), used when the data folder holds tbaq-cleaned/.</param>
public sealed record NerTrainingOptions(
    string DataDirectory,
    string? OutputPath,
    int Epochs = 10,
    int BucketBits = 20,
    int Seed = 20240531,
    int HoldOutEvery = 5,
    int LowerCaseCopyEvery = 0,
    bool SkipOtherTypes = false,
    bool ScoreTestFile = true,
    int TuningSplitEvery = 0,
    int TuningFold = -1,
    float SilverWeight = 0f,
    float WebWeight = 1f,
    string Scheme = "BIO",
    int StackFolds = 0,
    float NewsWeight = 1f,
    string? NewsCorpus = null);

/// <summary>What <see cref="NerTrainer.Train"/> did: data sizes, held-out scores, the model's size and where it went.</summary>
public sealed record NerTrainingReport(
    int TrainingDocuments,
    int TrainingSentences,
    int TrainingTokens,
    IReadOnlyList<NerScores> HeldOut,
    string? OutputPath,
    long ModelBytes,
    TimeSpan Elapsed,
    NerModel Model);

/// <summary>
/// Trains the tagger: an averaged structured perceptron over BIO or BILOU labels with Viterbi decoding.
/// Training data: UNER English-EWT dev, wikigold and MEANTIME minus held-out documents, and the
/// news articles annotated for training; the
/// treebank lexicon comes from UD English-EWT train (whose sentences are not in the UNER test
/// file). Held apart and scored at the end: the whole UNER English-EWT test file, every Nth wikigold
/// document and every Nth MEANTIME document. Deterministic for given options.
/// </summary>
public static class NerTrainer
{
    private static readonly HashSet<string> KeptTypes = ["PER", "ORG", "LOC"];

    public static NerTrainingReport Train(NerTrainingOptions options, Action<string>? progress = null) =>
        Train(options, Gazetteer.Default, progress);

    public static NerTrainingReport Train(NerTrainingOptions options, Gazetteer gazetteer, Action<string>? progress = null)
    {
        var watch = Stopwatch.StartNew();
        if (options.StackFolds > 1 && (options.SilverWeight > 0 || options.BucketBits < DocumentLabelFeatures.BucketBits))
        {
            throw new ArgumentException($"Stacking needs at least 2^{DocumentLabelFeatures.BucketBits} buckets and no silver data (whose retraining would drop the second stage).", nameof(options));
        }

        var data = options.DataDirectory;
        var uner = Path.Combine(data, "uner-english-ewt");
        var training = new List<NerDocument>();
        var heldOut = new List<(string Name, IReadOnlyList<NerDocument> Documents)>();

        var unerDev = ConllReader.ReadFile(Path.Combine(uner, "en_ewt-ud-dev.iob2"));
        if (options.TuningSplitEvery > 0)
        {
            var fold = options.TuningFold < 0 ? options.TuningSplitEvery - 1 : options.TuningFold % options.TuningSplitEvery;
            Split(unerDev, options.TuningSplitEvery, fold, training, out var tuning);
            heldOut.Add(($"UNER English-EWT dev, every {options.TuningSplitEvery}th document (tuning)", tuning));
        }
        else
        {
            training.AddRange(unerDev);
        }

        if (options.ScoreTestFile)
        {
            heldOut.Add(("UNER English-EWT test (held out)", ConllReader.ReadFile(Path.Combine(uner, "en_ewt-ud-test.iob2"))));
        }

        var wikigold = ConllReader.ReadFile(Path.Combine(data, "wikigold", "wikigold.conll.txt"));
        Split(wikigold, options.HoldOutEvery, options.HoldOutEvery - 1, training, out var wikigoldHeld);
        heldOut.Add(($"wikigold, every {options.HoldOutEvery}th document (held out)", wikigoldHeld));

        var meantimeDir = Path.Combine(data, "meantime-apple", "intra-doc_annotation");
        if (Directory.Exists(meantimeDir))
        {
            Split(MeantimeReader.ReadDirectory(meantimeDir), options.HoldOutEvery, options.HoldOutEvery - 1, training, out var meantimeHeld);
            heldOut.Add(($"MEANTIME apple, every {options.HoldOutEvery}th document (held out)", meantimeHeld));
        }

        var news = new HashSet<string>(StringComparer.Ordinal);
        var hasTbaq = Directory.Exists(Path.Combine(data, "tbaq-cleaned"));
        if (options.NewsWeight > 0 && (options.NewsCorpus is not null || hasTbaq))
        {
            var annotated = options.NewsCorpus is { } file ? StandoffNerGold.Read(File.ReadLines(file), file, data) : StandoffNerGold.LoadNewsTraining(data);
            var articles = StandoffNerCorpus.ToNerDocuments(annotated);
            training.AddRange(articles);
            news.UnionWith(articles.Select(a => a.Id));
            progress?.Invoke($"news training articles: {articles.Count}, weight {options.NewsWeight}");
        }

        // The news gold's dev part is scored for tuning; its test part is left to `chronicle eval ner-news`.
        var newsGoldDev = hasTbaq && Directory.Exists(Path.Combine(data, "tls-timeline17-mj")) ? StandoffNerGold.LoadNews(data).Where(d => d.Part == CorpusPart.Dev).ToList() : [];

        if (options.LowerCaseCopyEvery > 0)
        {
            var copies = training.Where((_, i) => i % options.LowerCaseCopyEvery == 0).Select(LowerCased).ToList();
            training.AddRange(copies);
        }

        var udTrain = Path.Combine(data, "ud-english-ewt", "en_ewt-ud-train.conllu");
        var lexicon = File.Exists(udTrain) ? WordLexicon.FromConllu([udTrain]) : WordLexicon.Empty;
        progress?.Invoke($"training documents: {training.Count}; lexicon: {lexicon.Count} word forms");

        var extractor = new NerFeatureExtractor(gazetteer, lexicon, options.BucketBits, WordClusters.Default);
        var scheme = TagScheme.Named(options.Scheme) ?? throw new ArgumentException($"Unknown tag scheme '{options.Scheme}' (BIO or BILOU).", nameof(options));
        var web = unerDev.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        float WeightOf(NerDocument document) => web.Contains(document.Id) ? options.WebWeight : news.Contains(document.Id) ? options.NewsWeight : 1f;
        var examples = Prepare(training, extractor, options.SkipOtherTypes, WeightOf, scheme);
        var tokens = examples.Sum(e => e.Labels.Length);
        progress?.Invoke($"training sentences: {examples.Count}, tokens: {tokens}");

        var model = Fit(examples, NerFeatureExtractor.FeaturesPerToken, options, lexicon, scheme, progress);
        if (options.StackFolds > 1)
        {
            // Two-stage stacking: the second stage learns from the sentences' features and the article's labels.
            var stacking = new StackingTrainer(extractor, scheme, sentence => Kept(sentence, options.SkipOtherTypes));
            var stacked = stacking.Examples(training, options.StackFolds, documents => Fit(Prepare(documents, extractor, options.SkipOtherTypes, WeightOf, scheme), NerFeatureExtractor.FeaturesPerToken, options, lexicon, scheme, null), progress);
            var second = Fit(stacked.Select(e => new Example(e.Features, e.Labels, WeightOf(e.Document))).ToList(), NerFeatureExtractor.FeaturesPerToken + DocumentLabelFeatures.Count, options, lexicon, scheme, progress);
            model = model.With(NerFeatureExtractor.FeaturesPerToken, second);
        }

        if (options.SilverWeight > 0 && File.Exists(udTrain))
        {
            // Self-training: the gold-trained model tags in-domain treebank text, the treebank's
            // proper-noun tags correct its boundaries, and the final model learns from both.
            var silver = SilverCorpus.Label(SilverCorpus.ReadConllu(udTrain), new EntityRecognizer(model, gazetteer));
            var silverExamples = Prepare(silver, extractor, false, _ => options.SilverWeight, scheme);
            progress?.Invoke($"silver sentences: {silverExamples.Count}, entities: {silver.Sum(d => d.Sentences.Sum(s => BioTags.Spans(s.Tags).Count()))}, weight {options.SilverWeight}");
            model = Fit([.. examples, .. silverExamples], NerFeatureExtractor.FeaturesPerToken, options, lexicon, scheme, progress);
        }

        long bytes = 0;
        if (options.OutputPath is { } output)
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(output));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            using (var file = File.Create(output))
            {
                model.Save(file);
            }

            bytes = new FileInfo(output).Length;
            progress?.Invoke($"wrote {output} ({bytes} bytes)");
        }

        var recognizer = new EntityRecognizer(model, gazetteer);
        var scores = new List<NerScores>();
        foreach (var (name, documents) in heldOut)
        {
            var score = NerEvaluation.Score(name, documents, recognizer);
            scores.Add(score);
            progress?.Invoke(score.Format());
        }

        if (newsGoldDev.Count > 0)
        {
            var score = NerEvaluation.ScoreTexts($"news gold, dev part ({newsGoldDev.Count} articles; the test part is `chronicle eval ner-news`)", newsGoldDev, recognizer);
            scores.Add(score);
            progress?.Invoke(score.Format());
        }

        return new NerTrainingReport(training.Count, examples.Count, tokens, scores, options.OutputPath, bytes, watch.Elapsed, model);
    }

    private static void Split(IReadOnlyList<NerDocument> documents, int every, int fold, List<NerDocument> training, out List<NerDocument> held)
    {
        held = [];
        for (var i = 0; i < documents.Count; i++)
        {
            (every > 0 && i % every == fold ? held : training).Add(documents[i]);
        }
    }

    private static NerDocument LowerCased(NerDocument document) => new(
        document.Id + "#lower",
        document.Sentences.Select(s => new NerSentence(s.Words.Select(w => w.ToLowerInvariant()).ToArray(), s.Tags)).ToArray());

    private sealed record Example(int[] Features, int[] Labels, float Weight);

    /// <summary>Training examples: each kept sentence's features, labels and weight.</summary>
    private static List<Example> Prepare(IEnumerable<NerDocument> documents, NerFeatureExtractor extractor, bool skipOtherTypes, Func<NerDocument, float> weightOf, TagScheme scheme)
    {
        const int F = NerFeatureExtractor.FeaturesPerToken;
        var examples = new List<Example>();
        foreach (var document in documents)
        {
            var (text, sentences) = document.ToText();
            var spans = sentences.Select(s => s.Tokens.Select(t => t.Span).ToArray()).ToList();
            var casing = DocumentCasing.Build(text, spans);
            var weight = weightOf(document);
            for (var s = 0; s < sentences.Count; s++)
            {
                var tokens = spans[s];
                if (!Kept(document.Sentences[s], skipOtherTypes))
                {
                    continue;
                }

                var features = new int[tokens.Length * F];
                extractor.Extract(text, tokens, casing, features);
                examples.Add(new Example(features, scheme.Encode(document.Sentences[s].Tags), weight));
            }
        }

        return examples;
    }

    /// <summary>Whether a sentence trains: it has words, and no name of another type when those are left out.</summary>
    private static bool Kept(NerSentence sentence, bool skipOtherTypes) =>
        sentence.Words.Count > 0 && !(skipOtherTypes && BioTags.Spans(sentence.Tags).Any(x => !KeptTypes.Contains(x.Type)));

    /// <summary>Averaged structured perceptron (Collins 2002) with the lazy-averaging trick: average = w - u / c.</summary>
    private static NerModel Fit(List<Example> examples, int F, NerTrainingOptions options, WordLexicon lexicon, TagScheme scheme, Action<string>? progress)
    {
        var L = scheme.Count;
        var size = (1 << options.BucketBits) * L;
        var w = new float[size];
        var u = new double[size];
        var t = new float[L * L];
        var tu = new double[L * L];
        var s0 = new float[L];
        var s0u = new double[L];
        var c = 1.0;
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(options.Seed);
        var emissions = new float[256 * L];
        var predicted = new int[256];

        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            var errors = 0;
            var total = 0;
            foreach (var index in order)
            {
                var example = examples[index];
                var n = example.Labels.Length;
                if (emissions.Length < n * L)
                {
                    emissions = new float[n * L];
                    predicted = new int[n];
                }

                for (var i = 0; i < n; i++)
                {
                    for (var l = 0; l < L; l++)
                    {
                        var sum = 0f;
                        for (var f = 0; f < F; f++)
                        {
                            sum += w[example.Features[i * F + f] * L + l];
                        }

                        emissions[i * L + l] = sum;
                    }
                }

                ViterbiDecoder.Decode(emissions, n, t, s0, predicted, scheme);
                var gold = example.Labels;
                var step = example.Weight;
                var stepC = c * step;
                for (var i = 0; i < n; i++)
                {
                    total++;
                    if (predicted[i] == gold[i])
                    {
                        continue;
                    }

                    errors++;
                    for (var f = 0; f < F; f++)
                    {
                        var b = example.Features[i * F + f] * L;
                        w[b + gold[i]] += step;
                        u[b + gold[i]] += stepC;
                        w[b + predicted[i]] -= step;
                        u[b + predicted[i]] -= stepC;
                    }
                }

                for (var i = 0; i < n; i++)
                {
                    var gPrev = i == 0 ? -1 : gold[i - 1];
                    var pPrev = i == 0 ? -1 : predicted[i - 1];
                    if (gPrev == pPrev && gold[i] == predicted[i])
                    {
                        continue;
                    }

                    if (i == 0)
                    {
                        s0[gold[0]] += step;
                        s0u[gold[0]] += stepC;
                        s0[predicted[0]] -= step;
                        s0u[predicted[0]] -= stepC;
                    }
                    else
                    {
                        t[gPrev * L + gold[i]] += step;
                        tu[gPrev * L + gold[i]] += stepC;
                        t[pPrev * L + predicted[i]] -= step;
                        tu[pPrev * L + predicted[i]] -= stepC;
                    }
                }

                c++;
            }

            progress?.Invoke($"epoch {epoch}/{options.Epochs}: token error rate {(double)errors / Math.Max(1, total):0.0000}");
        }

        for (var i = 0; i < size; i++)
        {
            w[i] -= (float)(u[i] / c);
        }

        for (var i = 0; i < t.Length; i++)
        {
            t[i] -= (float)(tu[i] / c);
        }

        for (var i = 0; i < L; i++)
        {
            s0[i] -= (float)(s0u[i] / c);
        }

        var model = NerModel.FromFloat(options.BucketBits, w, t, s0, lexicon, scheme);
        return F == model.FeatureCount ? model : model.With(F, null);
    }
}
