using Chronicle.Entities.Ner;

namespace Chronicle.Tests.Entities;

public sealed class DecodingTests
{
    private const int L = NerLabels.Count;

    [Fact]
    public void Viterbi_follows_the_emissions_when_transitions_are_flat()
    {
        var emissions = new float[3 * L];
        emissions[0 * L + NerLabels.IndexOf("B-PER")] = 5;
        emissions[1 * L + NerLabels.IndexOf("I-PER")] = 5;
        emissions[2 * L + NerLabels.IndexOf("O")] = 5;
        var labels = new int[3];
        ViterbiDecoder.Decode(emissions, 3, new float[L * L], new float[L], labels);
        Assert.Equal(["B-PER", "I-PER", "O"], labels.Select(l => NerLabels.All[l]));
    }

    [Fact]
    public void Viterbi_never_starts_an_entity_with_I_or_switches_type_inside_one()
    {
        var emissions = new float[2 * L];
        emissions[0 * L + NerLabels.IndexOf("I-ORG")] = 10;
        emissions[0 * L + NerLabels.IndexOf("B-LOC")] = 1;
        emissions[0 * L + NerLabels.IndexOf("B-PER")] = -100;
        emissions[1 * L + NerLabels.IndexOf("I-PER")] = 10;
        emissions[1 * L + NerLabels.IndexOf("I-LOC")] = 2;
        var labels = new int[2];
        ViterbiDecoder.Decode(emissions, 2, new float[L * L], new float[L], labels);
        Assert.Equal(["B-LOC", "I-LOC"], labels.Select(l => NerLabels.All[l]));
    }

    [Fact]
    public void Transitions_can_overrule_a_weak_emission()
    {
        var emissions = new float[2 * L];
        emissions[0 * L + NerLabels.IndexOf("B-ORG")] = 5;
        emissions[1 * L + NerLabels.IndexOf("O")] = 1;
        emissions[1 * L + NerLabels.IndexOf("I-ORG")] = 0.5f;
        var transitions = new float[L * L];
        transitions[NerLabels.IndexOf("B-ORG") * L + NerLabels.IndexOf("I-ORG")] = 2;
        var labels = new int[2];
        ViterbiDecoder.Decode(emissions, 2, transitions, new float[L], labels);
        Assert.Equal("I-ORG", NerLabels.All[labels[1]]);
    }

    [Fact]
    public void Bilou_encodes_single_and_last_words_and_maps_back_to_bio()
    {
        var scheme = TagScheme.Bilou;
        var labels = scheme.Encode(["B-PER", "I-PER", "I-PER", "O", "B-LOC", "B-MISC", "B-ORG", "I-ORG"]);
        Assert.Equal(["B-PER", "I-PER", "L-PER", "O", "U-LOC", "O", "B-ORG", "L-ORG"], labels.Select(l => scheme.Labels[l]));
        Assert.Equal(["B-PER", "I-PER", "I-PER", "O", "B-LOC", "O", "B-ORG", "I-ORG"], labels.Select(l => NerLabels.All[scheme.ToBio(l)]));
        Assert.Same(scheme, TagScheme.Of(scheme.Labels.ToArray()));
        Assert.Same(TagScheme.Bio, TagScheme.Named("bio"));
        Assert.Null(TagScheme.Named("IOBES"));
    }

    [Fact]
    public void Bilou_viterbi_closes_every_name_and_never_ends_on_an_open_one()
    {
        var scheme = TagScheme.Bilou;
        var l = scheme.Count;
        int Of(string label) => scheme.Labels.ToList().IndexOf(label);
        var emissions = new float[3 * l];
        emissions[0 * l + Of("B-ORG")] = 5;
        emissions[1 * l + Of("I-ORG")] = 5;
        emissions[2 * l + Of("I-ORG")] = 5;
        emissions[2 * l + Of("L-ORG")] = 1;
        var labels = new int[3];
        ViterbiDecoder.Decode(emissions, 3, new float[l * l], new float[l], labels, scheme);
        Assert.Equal(["B-ORG", "I-ORG", "L-ORG"], labels.Select(x => scheme.Labels[x]));

        Assert.False(scheme.Allowed(Of("U-PER"), Of("I-PER")));
        Assert.False(scheme.Allowed(Of("B-PER"), Of("O")));
        Assert.True(scheme.Allowed(Of("L-PER"), Of("U-LOC")));
        Assert.False(scheme.AllowedFirst(Of("L-LOC")));
    }

    [Fact]
    public void Iob1_tags_become_iob2()
    {
        var tags = BioTags.ToIob2(["I-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG"]);
        Assert.Equal(["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "B-ORG"], tags);
    }

    [Fact]
    public void Spans_of_iob2_tags()
    {
        var spans = BioTags.Spans(["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC"]).ToList();
        Assert.Equal([(0, 2, "PER"), (3, 1, "LOC"), (4, 2, "LOC")], spans);
    }

    [Fact]
    public void Conll_reader_reads_uner_and_plain_conll_with_documents()
    {
        const string uner = "# newdoc id = d1\n# sent_id = s1\n# text = Ana saw Rome\n1\tAna\tB-PER\t-\tx\n2\tsaw\tO\t-\t-\n3\tRome\tB-LOC\t-\tx\n\n# newdoc id = d2\n1\tHi\tO\t-\t-\n";
        var docs = ConllReader.ReadText(uner);
        Assert.Equal(["d1", "d2"], docs.Select(d => d.Id));
        Assert.Equal(["B-PER", "O", "B-LOC"], docs[0].Sentences[0].Tags);

        const string conll = "-DOCSTART- O\n\nAna I-PER\nKarenina I-PER\nread O\n\n-DOCSTART- O\n\nOslo I-LOC\n";
        var plain = ConllReader.ReadText(conll);
        Assert.Equal(2, plain.Count);
        Assert.Equal(["B-PER", "I-PER", "O"], plain[0].Sentences[0].Tags);
    }

    [Fact]
    public void Documents_turn_into_text_with_token_offsets()
    {
        var doc = ConllReader.ReadText("Ana I-PER\nleft O\n\nBye O\n")[0];
        var (text, sentences) = doc.ToText();
        Assert.Equal("Ana left\nBye", text);
        Assert.Equal("left", sentences[0].Tokens[1].Span.Slice(text).ToString());
        Assert.Equal(1, sentences[1].Index);
    }
}
