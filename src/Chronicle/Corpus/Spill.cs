using System.Collections;
using System.Text;

namespace Chronicle.Corpus;

/// <summary>
/// Records written to a temporary file as they come and read back in the same order, as often as
/// asked: what an index update writes at its end (its new events' JSON was gigabytes at 100,000
/// articles) waits on disk, as UTF-8, instead of in memory. The file goes when the spill is disposed.
/// Read it only once every record is added.
/// </summary>
internal sealed class Spill<T> : IEnumerable<T>, IDisposable
{
    private readonly FileStream file;
    private readonly BinaryWriter writer;
    private readonly Action<BinaryWriter, T> write;
    private readonly Func<BinaryReader, T> readRecord;
    private bool read;

    public Spill(Action<BinaryWriter, T> write, Func<BinaryReader, T> read)
    {
        this.write = write;
        readRecord = read;
        file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        writer = new BinaryWriter(file, Encoding.UTF8, leaveOpen: true);
    }

    public int Count { get; private set; }

    public void Add(T item)
    {
        if (read)
        {
            file.Seek(0, SeekOrigin.End);
            read = false;
        }

        write(writer, item);
        Count++;
    }

    public IEnumerator<T> GetEnumerator()
    {
        writer.Flush();
        file.Seek(0, SeekOrigin.Begin);
        read = true;
        using var reader = new BinaryReader(file, Encoding.UTF8, leaveOpen: true);
        for (var i = 0; i < Count; i++)
        {
            yield return readRecord(reader);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public void Dispose()
    {
        writer.Dispose();
        file.Dispose();
    }
}

/// <summary>Pieces of the records a <see cref="Spill{T}"/> keeps.</summary>
internal static class SpillRecords
{
    /// <summary>A list of strings, count first.</summary>
    public static void WriteStrings(BinaryWriter writer, IReadOnlyList<string> strings)
    {
        writer.Write(strings.Count);
        foreach (var s in strings)
        {
            writer.Write(s);
        }
    }

    public static List<string> ReadStrings(BinaryReader reader)
    {
        var strings = new List<string>(reader.ReadInt32());
        for (var i = strings.Capacity; i > 0; i--)
        {
            strings.Add(reader.ReadString());
        }

        return strings;
    }
}
