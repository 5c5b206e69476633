namespace Chronicle.Rendering;

/// <summary>
/// A list whose items write themselves in <see cref="JsonOutput"/>'s shape without being built as objects:
/// an entity's timeline holds thousands of events that the index keeps as JSON already.
/// </summary>
public interface IJsonItems
{
    /// <summary>Writes every item, in order, as the next items of the array the writer stands in.</summary>
    void WriteItems(ChunkedJsonWriter writer);
}
