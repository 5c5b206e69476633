using Chronicle.Timeline;

namespace Chronicle.Web.Corpus;

/// <summary>
/// A store state analysed from scratch (<see cref="TimelineBuilder.Prepare"/>): for stores that keep
/// no cross-article index, such as PostgreSQL. Filtered views are rendered from the prepared corpus.
/// </summary>
public sealed class PreparedSnapshot(PreparedTimeline prepared) : CorpusSnapshot
{
    public override string Source => "from-scratch";

    public override TimelineOutput Unfiltered => prepared.Unfiltered;

    public override string? EntityIdFor(string articleId, string name) => prepared.EntityIdFor(articleId, name);

    protected override TimelineOutput RenderFiltered(TimelineFilter filter) => prepared.Render(filter);
}
