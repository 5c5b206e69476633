using System.Collections;

namespace Chronicle.Collections;

/// <summary>
/// A list being worked out on another thread while its owner goes on: the first read waits for it. A large
/// timeline writes its documents, entities and events while its conflicts are still being judged, on a core
/// that would otherwise idle; what the work throws, a read throws.
/// </summary>
public sealed class DeferredList<T> : IReadOnlyList<T>
{
    private readonly Task<List<T>> pending;

    public DeferredList(Task<List<T>> pending)
    {
        ArgumentNullException.ThrowIfNull(pending);
        this.pending = pending;
    }

    public int Count => Items.Count;

    private List<T> Items => pending.GetAwaiter().GetResult();

    public T this[int index] => Items[index];

    /// <summary>The list <paramref name="next"/> makes of this one, worked out once this one is, on the same thread.</summary>
    public DeferredList<TOut> Then<TOut>(Func<List<T>, List<TOut>> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return new DeferredList<TOut>(pending.ContinueWith(done => next(done.GetAwaiter().GetResult()), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default));
    }

    public IEnumerator<T> GetEnumerator() => Items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
