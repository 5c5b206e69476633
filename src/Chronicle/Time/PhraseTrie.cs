namespace Chronicle.Time;

/// <summary>
/// Multi-word phrases (tokenised like the text: "new year's day" is new, year, ', s, day) mapped to
/// a payload, matched case-insensitively token by token without allocating.
/// </summary>
internal sealed class PhraseTrie<T>
    where T : class
{
    private readonly Node root = new();

    /// <summary>The words a phrase may start with.</summary>
    public IEnumerable<string> FirstWords => root.Children.Keys;

    /// <summary>The words that may follow the given first word of a phrase.</summary>
    public IEnumerable<string> WordsAfter(string first) =>
        root.Children.TryGet(first, out var node) ? node.Children.Keys : [];

    public void Add(string phrase, T payload)
    {
        var tokens = new TimeTokens(phrase);
        var node = root;
        for (var i = 0; i < tokens.Count; i++)
        {
            var key = tokens.Chars(i).ToString().ToLowerInvariant();
            if (!node.Children.TryGet(key, out var next))
            {
                next = new Node();
                node.Children[key] = next;
            }

            node = next;
        }

        node.Payload ??= payload;
    }

    /// <summary>The longest phrase starting at token start: its payload and the index after its last token.</summary>
    public bool TryMatch(TimeTokens tokens, int start, out T? payload, out int end)
    {
        payload = null;
        end = start;
        var node = root;
        for (var i = start; i < tokens.Count; i++)
        {
            if (i > start && tokens.LineBreakAfter(i - 1))
            {
                break;
            }

            if (!node.Children.TryGet(tokens, i, out var next))
            {
                break;
            }

            node = next;
            if (node.Payload is not null)
            {
                payload = node.Payload;
                end = i + 1;
            }
        }

        return payload is not null;
    }

    private sealed class Node
    {
        public WordMap<Node> Children { get; } = new();

        public T? Payload { get; set; }
    }
}
