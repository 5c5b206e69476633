using Chronicle.Language;

namespace Chronicle.Tests.Language;

public class LanguageIdentifierTests
{
    [Theory]
    [InlineData("The harbour council voted on Tuesday to approve a new ferry route between the two islands, and the mayor said that the first crossing would run in June after a long debate in which several members had asked for more time.", "en")]
    [InlineData("Le conseil municipal a voté mardi pour une nouvelle ligne de ferry entre les deux îles, et le maire a dit que la première traversée aura lieu en juin après un long débat dans la salle du conseil avec les habitants.", "fr")]
    [InlineData("Der Stadtrat hat am Dienstag für eine neue Fährverbindung zwischen den beiden Inseln gestimmt, und der Bürgermeister sagte, dass die erste Überfahrt im Juni stattfinden wird, nach einer langen Debatte mit den Bürgern.", "de")]
    [InlineData("El consejo municipal votó el martes a favor de una nueva ruta de ferry entre las dos islas, y el alcalde dijo que el primer cruce será en junio, después de un largo debate con los vecinos de la zona que pidieron más tiempo.", "es")]
    public void Identifies_the_language_of_a_paragraph(string text, string code) =>
        Assert.Equal(code, LanguageIdentifier.Default.Identify(text).Code);

    [Theory]
    [InlineData("")]
    [InlineData("12345 67890")]
    [InlineData("Breaking: Paris")]
    public void Short_or_wordless_text_is_taken_as_english(string text) =>
        Assert.True(LanguageIdentifier.Default.Identify(text).IsEnglish);

    [Fact]
    public void An_english_article_quoting_a_foreign_phrase_stays_english()
    {
        var text = "The minister said the motto of the campaign, liberté, égalité, fraternité, was printed on every poster, and that the party would publish its programme in the spring after the vote in parliament.";
        Assert.True(LanguageIdentifier.Default.Identify(text).IsEnglish);
    }
}
