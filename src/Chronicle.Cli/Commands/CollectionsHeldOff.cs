namespace Chronicle.Cli.Commands;

/// <summary>
/// Garbage collection held off while a command builds and prints a timeline it holds whole (GC.TryStartNoGCRegion).
/// Nearly everything such a timeline allocates lives until it is written, so a collection midway only copies it
/// from one generation to the next: the largest entity of a 100,000-article store allocates about 100 MB, and
/// 18-20 collections paused it for 120-170 ms of its second. Past <see cref="Bytes"/> the runtime collects as usual.
/// </summary>
internal sealed class CollectionsHeldOff : IDisposable
{
    /// <summary>What the runtime may allocate before it collects again: room for a timeline several times that largest one.</summary>
    private const long Bytes = 256L << 20;

    private readonly bool held;

    private CollectionsHeldOff(bool held) => this.held = held;

    /// <summary>
    /// Brings the store's index up to date first (a batch job, collected as usual; a store without one has
    /// nothing to update), then holds collections off for the short read that follows.
    /// </summary>
    public static CollectionsHeldOff AfterIndexUpdate(Storage.IArticleStore store)
    {
        if (store is Storage.ICorpusIndexStore indexed)
        {
            Corpus.CorpusIndex.Default.Update(indexed);
        }

        return Start();
    }

    public static CollectionsHeldOff Start()
    {
        try
        {
            return new CollectionsHeldOff(GC.TryStartNoGCRegion(Bytes));
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentOutOfRangeException)
        {
            // Already held (another command in this process), or more than this runtime can set aside: collect as usual.
            return new CollectionsHeldOff(false);
        }
    }

    public void Dispose()
    {
        if (held && System.Runtime.GCSettings.LatencyMode == System.Runtime.GCLatencyMode.NoGCRegion)
        {
            try
            {
                GC.EndNoGCRegion();
            }
            catch (InvalidOperationException)
            {
                // The allocations outgrew the room and a collection ended the hold already.
            }
        }
    }
}
