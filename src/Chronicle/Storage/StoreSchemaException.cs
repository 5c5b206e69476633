namespace Chronicle.Storage;

/// <summary>The store file cannot be used by this version of Chronicle (for example its schema is newer).</summary>
public sealed class StoreSchemaException(string message) : Exception(message);
