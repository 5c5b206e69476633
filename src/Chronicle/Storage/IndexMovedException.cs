namespace Chronicle.Storage;

/// <summary>
/// An index update was worked out from an index that another process has updated since: nothing of
/// it was written, and it is to be worked out again from what is stored now.
/// </summary>
public sealed class IndexMovedException(string message) : Exception(message);
