using System.IO.Compression;
using Chronicle.Entities.Gazetteers;
using Chronicle.Model;

namespace Chronicle.Tests.Entities;

public sealed class GazetteerTests
{
    [Fact]
    public void Lookup_is_case_insensitive_and_combines_kinds()
    {
        var g = new Gazetteer([
            KeyValuePair.Create("Valparaiso", GazetteerKind.City),
            KeyValuePair.Create("valparaiso", GazetteerKind.Region),
        ]);
        Assert.Equal(GazetteerKind.City | GazetteerKind.Region, g.Lookup("VALPARAISO"));
        Assert.Equal(GazetteerKind.None, g.Lookup("Valpo"));
    }

    [Fact]
    public void Longest_match_prefers_the_longer_name()
    {
        var g = new Gazetteer([
            KeyValuePair.Create("Santa", GazetteerKind.City),
            KeyValuePair.Create("Santa Cruz de la Sierra", GazetteerKind.City),
        ]);
        const string text = "in Santa Cruz de la Sierra today";
        var tokens = TestText.Segment(text)[0].Tokens.Select(t => t.Span).ToArray();
        Assert.Equal(5, g.LongestMatch(text, tokens, 1, out var kinds));
        Assert.Equal(GazetteerKind.City, kinds);
        Assert.Equal(0, g.LongestMatch(text, tokens, 0, out _));
        Assert.Equal(0, g.LongestMatch(text, tokens, 99, out _));
    }

    [Fact]
    public void Kind_names_round_trip()
    {
        var kinds = GazetteerKind.Country | GazetteerKind.Demonym | GazetteerKind.CountryCode;
        Assert.Equal(kinds, GazetteerKindNames.Parse(GazetteerKindNames.Format(kinds)));
    }

    [Theory]
    [InlineData("Chilean", "Chileans")]
    [InlineData("Omani", "Omanis")]
    [InlineData("Maltese", null)]
    [InlineData("Dutch", null)]
    public void Demonym_plurals(string demonym, string? plural) => Assert.Equal(plural, GazetteerBuilder.Plural(demonym));

    [Fact]
    public void Builder_writes_countries_capitals_demonyms_cities_and_regions()
    {
        var dir = Directory.CreateTempSubdirectory("gaz").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, "countries-mledoze"));
            Directory.CreateDirectory(Path.Combine(dir, "geonames-cities15000"));
            File.WriteAllText(Path.Combine(dir, "countries-mledoze", "countries.json"), """
                [{"name":{"common":"Freedonia","official":"Republic of Freedonia"},"cca2":"FD","cca3":"FRD",
                  "altSpellings":["FD","Fredonia"],"capital":["Marxville"],"demonyms":{"eng":{"m":"Freedonian","f":"Freedonian"}}}]
                """);
            File.WriteAllText(Path.Combine(dir, "geonames-cities15000", "admin1CodesASCII.txt"), "FD.01\tNorth Province\tNorth Province\t1\n");
            var row = string.Join('\t', "1", "Bigtown", "Bigtown", "Grande Ville,BT", "0", "0", "P", "PPL", "FD", "", "01", "", "", "", "2000000", "", "", "", "");
            var small = string.Join('\t', "2", "Smallville", "Smallville", "", "0", "0", "P", "PPL", "FD", "", "01", "", "", "", "16000", "", "", "", "");
            File.WriteAllText(Path.Combine(dir, "geonames-cities15000", "cities15000.txt"), row + "\n" + small + "\n");
            var output = Path.Combine(dir, "out", "gazetteer.tsv.gz");
            var report = GazetteerBuilder.Build(new GazetteerBuildOptions(dir, output, MinCityPopulation: 100000));

            using var stream = new GZipStream(File.OpenRead(output), CompressionMode.Decompress);
            var g = new Gazetteer(Gazetteer.ReadTsv(stream));
            Assert.Equal(1, report.Countries);
            Assert.True((g.Lookup("Republic of Freedonia") & GazetteerKind.Country) != 0);
            Assert.True((g.Lookup("Fredonia") & GazetteerKind.Country) != 0);
            Assert.Equal(GazetteerKind.CountryCode, g.Lookup("FD"));
            Assert.True((g.Lookup("Marxville") & GazetteerKind.Capital) != 0);
            Assert.Equal(GazetteerKind.Demonym, g.Lookup("Freedonians"));
            Assert.Equal(GazetteerKind.Region, g.Lookup("North Province"));
            Assert.Equal(GazetteerKind.City, g.Lookup("Grande Ville"));
            Assert.Equal(GazetteerKind.None, g.Lookup("Smallville"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Shipped_gazetteer_knows_countries_and_demonyms()
    {
        var g = Gazetteer.Default;
        Assert.True(g.Count > 10000);
        Assert.True((g.Lookup("France") & GazetteerKind.Country) != 0);
        Assert.True((g.Lookup("Peruvians") & GazetteerKind.Demonym) != 0);
        Assert.True((g.Lookup("Airport") & GazetteerKind.FacilityCue) != 0);
    }
}
