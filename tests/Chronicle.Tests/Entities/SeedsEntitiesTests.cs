using System.Text.Json;
using Chronicle.Entities;
using Chronicle.Entities.Linking;
using Chronicle.Entities.Resolution;
using Xunit.Abstractions;

namespace Chronicle.Tests.Entities;

/// <summary>
/// Runs recognition, linking and resolution over the seed articles and checks the gold entities:
/// every gold entity whose proper-name variants are several comes out as one entity holding all of
/// them, and no two gold people are merged.
/// </summary>
public sealed class SeedsEntitiesTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void Gold_entities_with_several_proper_names_resolve_to_one_entity_and_people_stay_apart()
    {
        SharedData.SkipIfAbsent();
        var gold = JsonDocument.Parse(File.ReadAllText(SharedData.Path("gold", "seeds.gold.json"))).RootElement;
        var articles = new List<ArticleEntities>();
        foreach (var path in Directory.GetFiles(SharedData.Path("seeds"), "*.txt").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(path);
            var sentences = TestText.Segment(text);
            articles.Add(ArticleEntityLinker.Default.Analyze(EntityRecognizer.Default, Path.GetFileName(path), null, text, sentences));
        }

        var entities = EntityResolver.Default.Resolve(articles);
        foreach (var entity in entities)
        {
            output.WriteLine(entity.Explain().TrimEnd());
        }

        var goldEntities = gold.GetProperty("entities").EnumerateArray().ToList();
        var otherNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var g in goldEntities)
        {
            otherNames.Add(NameText.Clean(g.GetProperty("canonical").GetString()!));
        }

        var failures = new List<string>();
        var personOwners = new Dictionary<Entity, string>();
        foreach (var g in goldEntities)
        {
            var canonical = g.GetProperty("canonical").GetString()!;
            var type = g.GetProperty("type").GetString()!;
            if (type == "EVENT")
            {
                continue;
            }

            // Proper-name variants: capitalised names (no leading description), not another gold entity's own name.
            var names = g.GetProperty("aliases").EnumerateArray()
                .Select(a => a.GetString()!)
                .Where(IsProperName)
                .Select(a => NameText.Clean(a))
                .Where(a => string.Equals(a, NameText.Clean(canonical), StringComparison.OrdinalIgnoreCase) || !otherNames.Contains(a))
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();

            // "President Mahmoud Abbas" is a title plus the name "Mahmoud Abbas": the title is a role, not another name.
            names = names.Where(a => !names.Any(b => b.Length < a.Length && a.EndsWith(" " + b, StringComparison.OrdinalIgnoreCase))).ToList();
            if (type == "PERSON")
            {
                var holders = entities.Where(e => e.Type == EntityType.Person && e.AllNames.Any(n => names.Contains(n, StringComparer.OrdinalIgnoreCase))).ToList();
                foreach (var holder in holders)
                {
                    if (personOwners.TryGetValue(holder, out var owner) && owner != canonical)
                    {
                        failures.Add($"two gold people merged: {owner} and {canonical} in {holder.Name}");
                    }

                    personOwners[holder] = canonical;
                }
            }

            if (names.Count < 2)
            {
                continue;
            }

            var together = entities.Any(e => names.All(n => e.AllNames.Contains(n, StringComparer.OrdinalIgnoreCase)));
            if (!together)
            {
                failures.Add($"{canonical}: [{string.Join(", ", names)}] not in one entity");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static bool IsProperName(string alias)
    {
        var words = NameText.Clean(alias).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && !alias.StartsWith('[') && !alias.StartsWith("the ", StringComparison.Ordinal) && !alias.StartsWith("a ", StringComparison.Ordinal)
            && words.All(w => char.IsUpper(w[0]) || w is "of" or "for" or "and" or "al" or "el" || char.IsDigit(w[0]));
    }
}
