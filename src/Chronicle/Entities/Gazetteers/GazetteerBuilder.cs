using Chronicle.Resources;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Chronicle.Entities.Gazetteers;

/// <summary>Options of <see cref="GazetteerBuilder.Build"/>.</summary>
/// <param name="DataDirectory">The folder holding countries-mledoze/ and geonames-cities15000/.</param>
/// <param name="OutputPath">Where the gzip TSV goes (the library ships src/Chronicle/Entities/Resources/gazetteer.tsv.gz).</param>
/// <param name="MinCityPopulation">Cities below this population are left out (capitals always stay).</param>
/// <param name="MinPopulationForAlternateNames">Only cities at least this big contribute their Latin-script alternate names.</param>
public sealed record GazetteerBuildOptions(
    string DataDirectory,
    string OutputPath,
    int MinCityPopulation = 15000,
    int MinPopulationForAlternateNames = 1_000_000);

/// <summary>What <see cref="GazetteerBuilder.Build"/> wrote.</summary>
public sealed record GazetteerBuildReport(string OutputPath, int Names, int Countries, int Cities, int Regions, int Demonyms, long Bytes);

/// <summary>
/// Builds the gazetteer resource from mledoze/countries (ODbL) and GeoNames cities15000 with its
/// admin1 codes (CC BY 4.0): country names, alternative spellings, capitals, demonyms (and their
/// plurals), cities and first-level regions. Output: sorted "name TAB kinds" lines, gzip-compressed.
/// </summary>
public static class GazetteerBuilder
{
    public static GazetteerBuildReport Build(GazetteerBuildOptions options, Action<string>? progress = null)
    {
        var names = new SortedDictionary<string, GazetteerKind>(StringComparer.Ordinal);
        void Add(string? name, GazetteerKind kind)
        {
            var clean = Clean(name);
            if (clean is not null)
            {
                names[clean] = names.GetValueOrDefault(clean) | kind;
            }
        }

        var countries = 0;
        var demonyms = 0;
        var countriesPath = Path.Combine(options.DataDirectory, "countries-mledoze", "countries.json");
        progress?.Invoke("reading " + countriesPath);
        using (var stream = File.OpenRead(countriesPath))
        using (var json = JsonDocument.Parse(stream))
        {
            foreach (var country in json.RootElement.EnumerateArray())
            {
                countries++;
                var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                foreach (var code in new[] { "cca2", "cca3", "ccn3", "cioc" })
                {
                    if (country.TryGetProperty(code, out var c) && c.ValueKind == JsonValueKind.String)
                    {
                        codes.Add(c.GetString()!);
                    }
                }

                if (country.TryGetProperty("name", out var name))
                {
                    Add(Str(name, "common"), GazetteerKind.Country);
                    Add(Str(name, "official"), GazetteerKind.Country);
                }

                // Alternative spellings hold the ISO codes too ("IN", "IT"), which are ordinary English words.
                foreach (var alt in Array(country, "altSpellings"))
                {
                    if (!alt.Contains(','))
                    {
                        Add(alt, codes.Contains(alt) ? GazetteerKind.CountryCode : GazetteerKind.Country);
                    }
                }

                foreach (var code in codes)
                {
                    if (code.Length >= 2 && code.All(char.IsAsciiLetterUpper))
                    {
                        Add(code, GazetteerKind.CountryCode);
                    }
                }

                foreach (var capital in Array(country, "capital"))
                {
                    Add(capital, GazetteerKind.Capital | GazetteerKind.City);
                }

                if (country.TryGetProperty("demonyms", out var dem) && dem.TryGetProperty("eng", out var eng))
                {
                    foreach (var gender in new[] { "m", "f" })
                    {
                        var demonym = Str(eng, gender);
                        if (demonym is null)
                        {
                            continue;
                        }

                        Add(demonym, GazetteerKind.Demonym);
                        if (Plural(demonym) is { } plural)
                        {
                            Add(plural, GazetteerKind.Demonym);
                        }

                        demonyms++;
                    }
                }
            }
        }

        var regions = 0;
        var admin1Path = Path.Combine(options.DataDirectory, "geonames-cities15000", "admin1CodesASCII.txt");
        progress?.Invoke("reading " + admin1Path);
        foreach (var line in File.ReadLines(admin1Path))
        {
            var cols = line.Split('\t');
            if (cols.Length >= 3)
            {
                Add(cols[1], GazetteerKind.Region);
                Add(cols[2], GazetteerKind.Region);
                regions++;
            }
        }

        var cities = 0;
        var citiesPath = Path.Combine(options.DataDirectory, "geonames-cities15000", "cities15000.txt");
        progress?.Invoke("reading " + citiesPath);
        foreach (var line in File.ReadLines(citiesPath))
        {
            var cols = line.Split('\t');
            if (cols.Length < 15)
            {
                continue;
            }

            var population = long.TryParse(cols[14], NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) ? p : 0;
            var isCapital = cols[7] == "PPLC";
            if (population < options.MinCityPopulation && !isCapital)
            {
                continue;
            }

            var kind = GazetteerKind.City | (isCapital ? GazetteerKind.Capital : GazetteerKind.None);
            Add(cols[1], kind);
            Add(cols[2], kind);
            cities++;
            if (population >= options.MinPopulationForAlternateNames)
            {
                foreach (var alt in cols[3].Split(','))
                {
                    if (alt.Length >= 4 && IsLatinName(alt))
                    {
                        Add(alt, kind);
                    }
                }
            }
        }

        using (var writer = ResourceWriter.CreateGzipText(options.OutputPath))
        {
            writer.WriteLine("# Built by Chronicle.Entities.Gazetteers.GazetteerBuilder from mledoze/countries (ODbL 1.0) and GeoNames cities15000 + admin1CodesASCII (CC BY 4.0, geonames.org).");
            foreach (var (name, kind) in names)
            {
                writer.Write(name);
                writer.Write('\t');
                writer.WriteLine(GazetteerKindNames.Format(kind));
            }
        }

        var bytes = new FileInfo(options.OutputPath).Length;
        progress?.Invoke($"wrote {names.Count} names ({bytes} bytes) to {options.OutputPath}");
        return new GazetteerBuildReport(options.OutputPath, names.Count, countries, cities, regions, demonyms, bytes);
    }

    /// <summary>"Kenyan" gives "Kenyans", "Israeli" gives "Israelis"; "Chinese" and "French" take none.</summary>
    public static string? Plural(string demonym)
    {
        if (demonym.Length < 3 || demonym.Contains(' '))
        {
            return null;
        }

        var last = char.ToLowerInvariant(demonym[^1]);
        return last is 'n' or 'i' or 'k' ? demonym + "s" : null;
    }

    private static string? Clean(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var trimmed = string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return trimmed.Length is >= 2 and <= 90 && !trimmed.Contains('\t') ? trimmed : null;
    }

    private static bool IsLatinName(string name)
    {
        foreach (var c in name)
        {
            if (!(c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or ' ' or '-' or '\'' or '.' || (c >= '\u00C0' && c <= '\u024F')))
            {
                return false;
            }
        }

        return char.IsUpper(name[0]);
    }

    private static string? Str(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static IEnumerable<string> Array(JsonElement element, string property)
    {
        if (element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && item.GetString() is { } s)
                {
                    yield return s;
                }
            }
        }
    }
}
