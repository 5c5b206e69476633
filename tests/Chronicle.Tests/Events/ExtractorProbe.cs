using Xunit.Abstractions;

namespace Chronicle.Tests.Events;

public class ExtractorProbe(ITestOutputHelper output)
{
    [Fact]
    public void Probe()
    {
        var f = new EventFixture()
            .Entity("Norvia", "GPE").Entity("Kestrel Party", "ORG").Entity("Union Front", "ORG").Entity("Tomas Vell", "PERSON")
            .Entity("Ana Dorr", "PERSON").Entity("Halden", "GPE").Entity("Daily Courier", "ORG").Entity("Lena Okafor", "PERSON")
            .Time("on March 3", "2021-03-03").Time("in 2019", "2019-01-01", "2019-12-31", "year").Time("next week", "2021-03-15", "2021-03-21", "week");
        var text = "Tomas Vell met Ana Dorr in Halden on March 3, according to the Daily Courier.\n\n" +
            "The Kestrel Party and the Union Front held talks in Halden in 2019.\n\n" +
            "A delegation headed by Lena Okafor will visit Norvia next week.\n\n" +
            "Norvia invited Tomas Vell to visit Halden.\n\n" +
            "The summit was hosted by Ana Dorr.\n\n" +
            "The agreement was not fully implemented, Tomas Vell said.\n\n" +
            "Lena Okafor, the envoy of Norvia, announced talks between the Kestrel Party and the Union Front.\n\n" +
            "Ana Dorr has always supported the deal.\n\n" +
            "The Kestrel Party failed to implement the deal.";
        foreach (var m in f.Extract(text, "2021-03-10"))
        {
            output.WriteLine(EventFixture.Describe(m));
        }
    }
}
