using Chronicle.Storage;
using Chronicle.Timeline;

namespace Chronicle.Web.Corpus;

/// <summary>
/// The one store the server reads and writes, and its prepared timeline cached per store state.
/// Preparing a timeline reads every article, so it is done once per state: the state is the number
/// of stored articles (which also catches an ingest run by the CLI against the same file) and a
/// generation bumped after every ingest through the server.
/// </summary>
public sealed class CorpusState : IDisposable
{
    private readonly Lock gate = new();
    private (long Generation, int Count) cachedKey = (-1, -1);
    private PreparedTimeline? cached;
    private long generation;

    public CorpusState(IArticleStore store)
    {
        Store = store;
    }

    /// <summary>The store; only <see cref="IArticleStore"/> is used so any backend can stand behind it.</summary>
    public IArticleStore Store { get; }

    /// <summary>How many times a timeline was prepared (tests check the cache with it).</summary>
    public int Preparations { get; private set; }

    /// <summary>The prepared timeline of the store as it is now, built only when the state changed.</summary>
    public PreparedTimeline Timeline()
    {
        lock (gate)
        {
            var key = (Interlocked.Read(ref generation), Store.Count);
            if (cached is null || key != cachedKey)
            {
                cached = TimelineBuilder.Prepare(Store);
                cachedKey = key;
                Preparations++;
            }

            return cached;
        }
    }

    /// <summary>Drops the cached timeline: called after every ingest.</summary>
    public void Invalidate() => Interlocked.Increment(ref generation);

    public void Dispose() => Store.Dispose();
}
