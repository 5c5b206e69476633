namespace Chronicle.Tests.Events;

public class EventThreadSafety
{
    [Fact]
    public void Parallel_extraction_equals_sequential()
    {
        var fixture = new EventFixture().Entity("Norvia", "GPE").Entity("Tomas Vell", "PERSON").Entity("Ana Dorr", "PERSON").Time("on March 3", "2021-03-03");
        var texts = Enumerable.Range(0, 64).Select(i => $"Tomas Vell met Ana Dorr in Norvia on March 3. Ana Dorr will visit Norvia, Tomas Vell said {i} times.").ToArray();
        var sequential = texts.Select(t => string.Join("|", fixture.Extract(t).Select(EventFixture.Describe))).ToArray();
        var parallel = new string[texts.Length];
        Parallel.For(0, texts.Length, i => parallel[i] = string.Join("|", fixture.Extract(texts[i]).Select(EventFixture.Describe)));
        Assert.Equal(sequential, parallel);
        Assert.All(sequential, s => Assert.Contains("MEET", s));
    }
}
