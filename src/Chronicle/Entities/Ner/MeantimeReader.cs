using System.Xml.Linq;

namespace Chronicle.Entities.Ner;

/// <summary>
/// Reads MEANTIME CAT XML documents into tagged sentences: named mentions (syntactic_type NAM) whose
/// entity is PER, ORG or LOC become B-/I- tags; other mentions (descriptions, pronouns, products,
/// financial entities) are O.
/// </summary>
public static class MeantimeReader
{
    public static IReadOnlyList<NerDocument> ReadDirectory(string directory) =>
        Directory.EnumerateFiles(directory, "*.xml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(ReadFile)
            .Where(d => d.Sentences.Count > 0)
            .ToList();

    public static NerDocument ReadFile(string path)
    {
        var doc = XDocument.Load(path);
        var root = doc.Root!;
        var tokens = root.Elements("token")
            .Select(t => (Id: (string?)t.Attribute("t_id") ?? "", Sentence: (int?)t.Attribute("sentence") ?? 0, Text: t.Value))
            .ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            index[tokens[i].Id] = i;
        }

        var markables = root.Element("Markables");
        var entityTypes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entity in markables?.Elements("ENTITY") ?? [])
        {
            entityTypes[(string?)entity.Attribute("m_id") ?? ""] = (string?)entity.Attribute("ent_type") ?? "";
        }

        var mentionType = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var relation in root.Element("Relations")?.Elements("REFERS_TO") ?? [])
        {
            var target = (string?)relation.Element("target")?.Attribute("m_id");
            if (target is null || !entityTypes.TryGetValue(target, out var type))
            {
                continue;
            }

            foreach (var source in relation.Elements("source"))
            {
                mentionType[(string?)source.Attribute("m_id") ?? ""] = type;
            }
        }

        var tags = Enumerable.Repeat("O", tokens.Count).ToArray();
        foreach (var mention in markables?.Elements("ENTITY_MENTION") ?? [])
        {
            if ((string?)mention.Attribute("syntactic_type") != "NAM"
                || !mentionType.TryGetValue((string?)mention.Attribute("m_id") ?? "", out var type)
                || type is not ("PER" or "ORG" or "LOC"))
            {
                continue;
            }

            var positions = mention.Elements("token_anchor")
                .Select(a => index.TryGetValue((string?)a.Attribute("t_id") ?? "", out var p) ? p : -1)
                .Where(p => p >= 0)
                .Order()
                .ToList();
            for (var k = 0; k < positions.Count; k++)
            {
                tags[positions[k]] = (k == 0 ? "B-" : "I-") + type;
            }
        }

        var sentences = new List<NerSentence>();
        var start = 0;
        for (var i = 1; i <= tokens.Count; i++)
        {
            if (i == tokens.Count || tokens[i].Sentence != tokens[start].Sentence)
            {
                sentences.Add(new NerSentence(
                    tokens.Skip(start).Take(i - start).Select(t => t.Text).ToArray(),
                    BioTags.ToIob2(tags[start..i])));
                start = i;
            }
        }

        return new NerDocument(Path.GetFileNameWithoutExtension(path), sentences);
    }
}
