using System.Reflection;

namespace Chronicle.Resources;

/// <summary>
/// Reads the data files each stage ships inside the assembly (anything under a stage's Resources
/// folder), by their path relative to the library, for example "Segmentation/Resources/abbreviations.txt".
/// </summary>
public static class ResourceFiles
{
    private static readonly Assembly Assembly = typeof(ResourceFiles).Assembly;

    public static Stream Open(string relativePath) =>
        Assembly.GetManifestResourceStream(relativePath)
        ?? throw new FileNotFoundException($"Resource '{relativePath}' is not embedded in {Assembly.GetName().Name}.", relativePath);

    public static string ReadAllText(string relativePath)
    {
        using var reader = new StreamReader(Open(relativePath));
        return reader.ReadToEnd();
    }

    /// <summary>The lines of a text resource, without blank lines and lines starting with '#'.</summary>
    public static IEnumerable<string> ReadDataLines(string relativePath)
    {
        using var reader = new StreamReader(Open(relativePath));
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#')
            {
                yield return trimmed;
            }
        }
    }

    public static IEnumerable<string> Names => Assembly.GetManifestResourceNames().Order(StringComparer.Ordinal);
}
