using Chronicle.Storage;
using Chronicle.Timeline;

namespace Chronicle.Web.Corpus;

/// <summary>
/// The one store the server reads and writes, and its timeline snapshot cached per store state. A
/// store with a cross-article index (SQLite) answers from the index (<see cref="IndexedSnapshot"/>);
/// any other is analysed from scratch once per state (<see cref="PreparedSnapshot"/>). The state is
/// the number of stored articles (which also catches an ingest run by the CLI against the same file)
/// and a generation bumped after every ingest through the server.
/// </summary>
public sealed class CorpusState : IDisposable
{
    private readonly Lock gate = new();
    private readonly Lock storeGate = new();
    private (long Generation, int Count) cachedKey = (-1, -1);
    private CorpusSnapshot? cached;
    private long generation;

    public CorpusState(IArticleStore store)
    {
        Store = store;
    }

    /// <summary>The store; the index is used when it implements <see cref="ICorpusIndexStore"/>, so any backend can stand behind it.</summary>
    public IArticleStore Store { get; }

    /// <summary>How many times a snapshot was made (tests check the cache with it).</summary>
    public int Preparations { get; private set; }

    /// <summary>The snapshot of the store as it is now, made only when the state changed.</summary>
    public CorpusSnapshot Timeline()
    {
        lock (gate)
        {
            var key = (Interlocked.Read(ref generation), Store.Count);
            if (cached is null || key != cachedKey)
            {
                cached = Store is ICorpusIndexStore indexed
                    ? new IndexedSnapshot(indexed, this)
                    : new PreparedSnapshot(Exclusive(() => TimelineBuilder.Prepare(Store)));
                cachedKey = key;
                Preparations++;
            }

            return cached;
        }
    }

    /// <summary>Makes the snapshot (and what the page's first load reads of it) ahead of the first request; a failure is left for that request to make again and report.</summary>
    public void WarmUp()
    {
        try
        {
            Timeline().Warm();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The request that needs the snapshot tries again and answers with the error.
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> while no other exclusive work runs: ingests (which write articles)
    /// and index updates and reads (an update writes the index; a timeline reads several tables that
    /// must agree) take turns.
    /// </summary>
    public T Exclusive<T>(Func<T> work)
    {
        lock (storeGate)
        {
            return work();
        }
    }

    /// <summary>Drops the cached snapshot: called after every ingest.</summary>
    public void Invalidate() => Interlocked.Increment(ref generation);

    public void Dispose() => Store.Dispose();
}
