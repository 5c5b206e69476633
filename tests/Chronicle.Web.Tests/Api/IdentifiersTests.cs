using Chronicle.Web.Api;

namespace Chronicle.Web.Tests.Api;

public sealed class IdentifiersTests
{
    [Theory]
    [InlineData("0123abcd", true)]
    [InlineData("0123456789abcdef", true)]
    [InlineData("abc", false)]
    [InlineData("ABCDEF12", false)]
    [InlineData("../etc/passwd", false)]
    [InlineData("", false)]
    public void Article_ids_are_lower_hex(string id, bool valid) => Assert.Equal(valid, Identifiers.IsArticleId(id));

    [Theory]
    [InlineData("person:jane-doe", true)]
    [InlineData("org:acme-2", true)]
    [InlineData("person:../x", false)]
    [InlineData("a/b", false)]
    [InlineData("x<script>", false)]
    public void Entity_ids_are_slugs(string id, bool valid) => Assert.Equal(valid, Identifiers.IsEntityId(id));

    [Theory]
    [InlineData("v12", true)]
    [InlineData("v", false)]
    [InlineData("v1x", false)]
    [InlineData("e12", false)]
    public void Event_ids_are_v_and_digits(string id, bool valid) => Assert.Equal(valid, Identifiers.IsEventId(id));

    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("C:\\Users\\me\\story.html", "story.html")]
    [InlineData("..", "upload.txt")]
    [InlineData("<img onerror=x>.txt", "_img onerror_x_.txt")]
    [InlineData(null, "upload.txt")]
    public void Uploaded_names_keep_only_a_safe_last_segment(string? name, string expected) =>
        Assert.Equal(expected, Identifiers.SafeFileName(name));
}
