using System.Text;
using Chronicle.Events;
using Chronicle.Fusion;
using Chronicle.Model;

namespace Chronicle.Corpus;

/// <summary>
/// Documents read for fusion, kept in a temporary file instead of in memory: an index build reads every
/// article once (its mentions' links) and fuses it block by block, and holding every document between
/// its blocks was most of the build's live heap (hundreds of MB at 100,000 articles). Reading one back
/// decodes only the mentions a block asks for. The strings that documents repeat (types, lemmas, names,
/// keys) are written as numbers into one table, so that what is read back shares one instance of each.
/// The file goes when this is disposed.
/// </summary>
internal sealed class SpilledDocuments : IDisposable
{
    private readonly FileStream file;
    private readonly Dictionary<string, (long Offset, int[] Mentions)> offsets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);
    private readonly List<string> strings = [];
    private readonly MemoryStream buffer = new();
    private readonly BinaryWriter writer;
    private long end;

    // One buffer for every document read back (documents are read one at a time, not concurrently).
    private byte[] read = new byte[1 << 14];
    private MemoryStream readStream;
    private BinaryReader readBack;

    public SpilledDocuments()
    {
        file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true);
        readStream = new MemoryStream(read, writable: false);
        readBack = new BinaryReader(readStream, Encoding.UTF8);
    }

    public bool Contains(string articleId) => offsets.ContainsKey(articleId);

    public void Remove(string articleId) => offsets.Remove(articleId);

    /// <summary>Keeps <paramref name="doc"/> as the document of <paramref name="articleId"/>, in place of any before.</summary>
    public void Add(string articleId, DocumentEvents doc)
    {
        buffer.SetLength(0);
        WriteHeader(doc);
        var mentions = new int[doc.Mentions.Count + 1];
        for (var i = 0; i < doc.Mentions.Count; i++)
        {
            writer.Flush();
            mentions[i] = (int)buffer.Length;
            WriteMention(doc.Mentions[i]);
        }

        writer.Flush();
        mentions[^1] = (int)buffer.Length;
        RandomAccess.Write(file.SafeFileHandle, buffer.GetBuffer().AsSpan(0, (int)buffer.Length), end);
        offsets[articleId] = (end, mentions);
        end += buffer.Length;
    }

    /// <summary>The document of <paramref name="articleId"/> with all its mentions (<paramref name="wanted"/> null) or those at the indexes wanted, in order.</summary>
    public DocumentEvents Read(string articleId, IReadOnlySet<int>? wanted)
    {
        var (offset, mentions) = offsets[articleId];
        if (read.Length < mentions[^1])
        {
            read = new byte[Math.Max(mentions[^1], read.Length * 2)];
            readStream = new MemoryStream(read, writable: false);
            readBack = new BinaryReader(readStream, Encoding.UTF8);
        }

        for (var done = 0; done < mentions[^1];)
        {
            done += RandomAccess.Read(file.SafeFileHandle, read.AsSpan(done, mentions[^1] - done), offset + done);
        }

        readStream.Position = 0;
        var doc = ReadHeader(readBack);
        var list = new List<EventMention>(wanted?.Count ?? mentions.Length - 1);
        for (var i = 0; i < mentions.Length - 1; i++)
        {
            if (wanted is null || wanted.Contains(i))
            {
                readStream.Position = mentions[i];
                list.Add(ReadMention(readBack));
            }
        }

        return doc with { Mentions = list };
    }

    public void Dispose()
    {
        writer.Dispose();
        buffer.Dispose();
        readBack.Dispose();
        file.Dispose();
    }

    private void WriteHeader(DocumentEvents doc)
    {
        WriteString(doc.DocumentId);
        WriteDate(doc.DocumentDate);
        writer.Write((int)doc.Evidence);
        writer.Write(doc.Text);
        WriteDate(doc.Written.From);
        WriteDate(doc.Written.To);
        writer.Write(doc.Excerpts is not null);
        doc.Excerpts?.Write(writer);
        writer.Write(doc.Signature is not null);
        if (doc.Signature is { } signature)
        {
            writer.Write(signature.Hashes?.Length ?? -1);
            foreach (var hash in signature.Hashes ?? [])
            {
                writer.Write(hash);
            }
        }
    }

    private DocumentEvents ReadHeader(BinaryReader reader)
    {
        var id = ReadString(reader)!;
        var date = ReadDate(reader);
        var evidence = (DateEvidence)reader.ReadInt32();
        var text = reader.ReadString();
        var written = (ReadDate(reader), ReadDate(reader));
        var excerpts = reader.ReadBoolean() ? TextExcerpts.Read(reader) : null;
        SyndicationSignature? signature = null;
        if (reader.ReadBoolean())
        {
            var count = reader.ReadInt32();
            ulong[]? hashes = count < 0 ? null : new ulong[count];
            for (var i = 0; i < count; i++)
            {
                hashes![i] = reader.ReadUInt64();
            }

            signature = new SyndicationSignature(hashes);
        }

        return new DocumentEvents(id, date, evidence, text, []) { Written = written, Excerpts = excerpts, Signature = signature };
    }

    private void WriteMention(EventMention m)
    {
        WriteString(m.Type);
        WriteSpan(m.Trigger);
        WriteString(m.TriggerText);
        WriteString(m.Lemma);
        writer.Write(m.Nominal);
        writer.Write(m.SentenceIndex);
        WriteSpan(m.SentenceSpan);
        WriteParticipants(m.Actors);
        WriteParticipants(m.Targets);
        WriteParticipant(m.Location);
        writer.Write(m.Time is not null);
        if (m.Time is { } time)
        {
            WriteDate(time.Earliest);
            WriteDate(time.Latest);
            WriteString(time.Granularity);
            WriteString(time.Mod);
            WriteString(time.Value);
            writer.Write((int)time.Source);
            writer.Write(time.Span is not null);
            if (time.Span is { } span)
            {
                WriteSpan(span);
            }
        }

        writer.Write((int)m.Status);
        WriteString(m.Negation);
        // None is one instance that fusion may compare by reference: kept as such.
        writer.Write(ReferenceEquals(m.Attribution, EventAttribution.None));
        if (!ReferenceEquals(m.Attribution, EventAttribution.None))
        {
            WriteParticipant(m.Attribution.Speaker);
            WriteParticipant(m.Attribution.Source);
        }

        writer.Write(m.Iterative);
    }

    private EventMention ReadMention(BinaryReader reader)
    {
        var type = ReadString(reader)!;
        var trigger = ReadSpan(reader);
        var triggerText = ReadString(reader)!;
        var lemma = ReadString(reader)!;
        var nominal = reader.ReadBoolean();
        var sentence = reader.ReadInt32();
        var sentenceSpan = ReadSpan(reader);
        var actors = ReadParticipants(reader);
        var targets = ReadParticipants(reader);
        var location = ReadParticipant(reader);
        EventTime? time = null;
        if (reader.ReadBoolean())
        {
            var earliest = ReadDate(reader);
            var latest = ReadDate(reader);
            var granularity = ReadString(reader)!;
            var mod = ReadString(reader);
            var value = ReadString(reader);
            var source = (EventTimeSource)reader.ReadInt32();
            Span? span = reader.ReadBoolean() ? ReadSpan(reader) : null;
            time = new EventTime(earliest, latest, granularity, mod, value, source, span);
        }

        var status = (EventStatus)reader.ReadInt32();
        var negation = ReadString(reader);
        var attribution = reader.ReadBoolean() ? EventAttribution.None : new EventAttribution(ReadParticipant(reader), ReadParticipant(reader));
        return new EventMention(type, trigger, triggerText, lemma, nominal, sentence, sentenceSpan, actors, targets, location, time, status, negation, attribution, reader.ReadBoolean());
    }

    private void WriteParticipants(IReadOnlyList<EventParticipantMention> list)
    {
        writer.Write(list.Count);
        foreach (var p in list)
        {
            WriteParticipant(p);
        }
    }

    private IReadOnlyList<EventParticipantMention> ReadParticipants(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        if (count == 0)
        {
            return [];
        }

        var list = new EventParticipantMention[count];
        for (var i = 0; i < count; i++)
        {
            list[i] = ReadParticipant(reader)!;
        }

        return list;
    }

    private void WriteParticipant(EventParticipantMention? p)
    {
        writer.Write(p is not null);
        if (p is not null)
        {
            WriteSpan(p.Span);
            WriteString(p.Type);
            WriteString(p.EntityKey);
            WriteString(p.Name);
        }
    }

    private EventParticipantMention? ReadParticipant(BinaryReader reader) =>
        reader.ReadBoolean() ? new EventParticipantMention(ReadSpan(reader), ReadString(reader)!, ReadString(reader)!, ReadString(reader)!) : null;

    private void WriteString(string? value)
    {
        if (value is null)
        {
            writer.Write(-1);
            return;
        }

        if (!numbers.TryGetValue(value, out var number))
        {
            numbers[value] = number = strings.Count;
            strings.Add(value);
        }

        writer.Write(number);
    }

    private string? ReadString(BinaryReader reader) => reader.ReadInt32() is var number and >= 0 ? strings[number] : null;

    private void WriteSpan(Span span)
    {
        writer.Write(span.Start);
        writer.Write(span.End);
    }

    private static Span ReadSpan(BinaryReader reader) => new(reader.ReadInt32(), reader.ReadInt32());

    private void WriteDate(DateOnly? date) => writer.Write(date?.DayNumber ?? -1);

    private static DateOnly? ReadDate(BinaryReader reader) => reader.ReadInt32() is var day and >= 0 ? DateOnly.FromDayNumber(day) : null;
}
