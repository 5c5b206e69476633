namespace Chronicle.Storage;

/// <summary>What the store did with one article of a batch.</summary>
public enum StoreStatus
{
    /// <summary>Stored now.</summary>
    Added,

    /// <summary>Already stored (or met earlier in the same batch); its origin is recorded as another origin.</summary>
    Duplicate,

    /// <summary>Refused because it is not a valid article (see the reason); nothing of it was stored.</summary>
    Rejected,
}

/// <summary>The outcome for one article of a batch, in the batch's order.</summary>
/// <param name="Reason">Why the article was rejected; null otherwise.</param>
public sealed record StoreOutcome(string Id, string Origin, StoreStatus Status, string? Reason = null);
