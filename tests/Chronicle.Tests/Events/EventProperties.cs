using Chronicle.Events;
using Chronicle.Fusion;
using Chronicle.Model;
using Chronicle.Segmentation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Chronicle.Tests.Events;

public class EventProperties
{
    private const string Alphabet = "aZq9 0.,;:-'\u2019\"()?!\nmet talks by and between in will not never Held Visit\u00A0\uD800";

    private static Arbitrary<string> Texts() =>
        Gen.Elements(Alphabet.ToCharArray()).ArrayOf().Select(chars => new string(chars)).ToArbitrary();

    [Property(MaxTest = 200)]
    public Property Extraction_and_fusion_never_throw_and_are_deterministic() =>
        Prop.ForAll(Texts(), text =>
        {
            var sentences = Segmenter.Default.Segment(text, []);
            var participants = new List<EventParticipantMention>();
            for (var i = 0; i + 3 <= text.Length; i += 7)
            {
                participants.Add(new EventParticipantMention(new Span(i, i + 3), i % 2 == 0 ? "GPE" : "PERSON", "k" + (i % 3), "n"));
            }

            var times = text.Length > 4 ? new List<EventTimeMention> { new(new Span(1, 4), "2020", new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31), "year") } : [];
            var first = EventExtractor.Default.Extract(text, sentences, times, participants, new DateOnly(2021, 1, 1));
            var second = EventExtractor.Default.Extract(text, sentences, times, participants, new DateOnly(2021, 1, 1));
            var fused = EventFuser.Default.Fuse([new DocumentEvents("a", null, DateEvidence.Unknown, text, first), new DocumentEvents("b", new DateOnly(2021, 1, 1), DateEvidence.Explicit, text, second)]);
            _ = ConflictFinder.Default.Find(fused);
            return first.Select(m => (m.Type, m.Trigger, m.Status)).SequenceEqual(second.Select(m => (m.Type, m.Trigger, m.Status)));
        });
}
