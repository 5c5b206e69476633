using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Chronicle.Resources;

namespace Chronicle.Reading;

/// <summary>
/// Renders an HTML tree as text with its line structure: one paragraph per block element (p,
/// headings, list items, quotes, captions, divs with text ...), a blank line between paragraphs,
/// br as a line break. Runs of HTML whitespace collapse to one space; no-break spaces stay.
/// The walk is iterative, so a tree nested tens of thousands deep cannot overflow the stack.
/// </summary>
internal static class HtmlTextRenderer
{
    private const string ResourcePath = "Reading/Resources/html-elements.txt";

    private static readonly (HashSet<string> Block, HashSet<string> Skip) Elements = Load();

    /// <summary>True when the string holds markup worth parsing (a tag), not just prose with a stray "&lt;".</summary>
    public static bool LooksLikeHtml(string text)
    {
        var index = text.IndexOf('<');
        while (index >= 0 && index + 1 < text.Length)
        {
            var next = text[index + 1];
            if ((char.IsAsciiLetter(next) || next == '/' || next == '!') && text.IndexOf('>', index) > 0)
            {
                return true;
            }

            index = text.IndexOf('<', index + 1);
        }

        return false;
    }

    /// <summary>An HTML fragment or page as text.</summary>
    public static string FragmentToText(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        return Render(document.Body ?? (INode)document);
    }

    /// <summary>A string that may or may not be HTML (a feed's description, a JSON body) as text.</summary>
    public static string MaybeHtmlToText(string text) =>
        LooksLikeHtml(text) ? FragmentToText(text) : TextDecoder.NormalizeNewlines(text).Trim();

    public static string Render(INode root)
    {
        var output = new Output();
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (node is IElement exiting && exit)
            {
                output.EndParagraph();
                if (exiting.LocalName == "pre")
                {
                    output.PreDepth--;
                }

                continue;
            }

            switch (node)
            {
                case IText text:
                    output.AppendText(text.Data);
                    break;
                case IElement element:
                    var name = element.LocalName;
                    if (Elements.Skip.Contains(name))
                    {
                        break;
                    }

                    if (name == "br")
                    {
                        output.LineBreak();
                        break;
                    }

                    if (name is "td" or "th")
                    {
                        output.AppendText(" ");
                    }

                    if (Elements.Block.Contains(name))
                    {
                        output.EndParagraph();
                        if (name == "pre")
                        {
                            output.PreDepth++;
                        }

                        stack.Push((element, true));
                    }

                    PushChildren(stack, element);
                    break;
                case IDocument or IDocumentFragment:
                    PushChildren(stack, node);
                    break;
            }
        }

        output.EndParagraph();
        return output.ToString();
    }

    private static void PushChildren(Stack<(INode, bool)> stack, INode node)
    {
        for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
        {
            stack.Push((child, false));
        }
    }

    private static (HashSet<string>, HashSet<string>) Load()
    {
        var block = new HashSet<string>(StringComparer.Ordinal);
        var skip = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in ResourceFiles.ReadDataLines(ResourcePath))
        {
            var parts = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            var set = parts[0] == "skip" ? skip : block;
            set.UnionWith(parts[1..]);
        }

        return (block, skip);
    }

    /// <summary>Paragraphs built so far and the one being built.</summary>
    private sealed class Output
    {
        private readonly StringBuilder all = new();
        private readonly StringBuilder paragraph = new();

        public int PreDepth { get; set; }

        public void AppendText(string data)
        {
            if (PreDepth > 0)
            {
                paragraph.Append(TextDecoder.NormalizeNewlines(data));
                return;
            }

            foreach (var c in data)
            {
                if (IsHtmlSpace(c))
                {
                    if (paragraph.Length > 0 && !IsHtmlSpace(paragraph[^1]))
                    {
                        paragraph.Append(' ');
                    }
                }
                else
                {
                    paragraph.Append(c);
                }
            }
        }

        public void LineBreak()
        {
            TrimEnd(paragraph);
            paragraph.Append('\n');
        }

        public void EndParagraph()
        {
            var text = PreDepth > 0 ? paragraph.ToString().TrimEnd('\n') : TidyLines(paragraph.ToString());
            paragraph.Clear();
            if (text.AsSpan().Trim(HtmlSpaces).IsEmpty)
            {
                return;
            }

            if (all.Length > 0)
            {
                all.Append("\n\n");
            }

            all.Append(text);
        }

        public override string ToString() => all.ToString();

        private const string HtmlSpaces = " \t\n\f\r";

        private static bool IsHtmlSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';

        /// <summary>Each line trimmed of HTML whitespace (never of no-break spaces), blank lines from runs of br kept to one.</summary>
        private static string TidyLines(string text)
        {
            var builder = new StringBuilder(text.Length);
            var gap = false;
            foreach (var line in text.Split('\n'))
            {
                var trimmed = line.AsSpan().Trim(HtmlSpaces);
                if (trimmed.IsEmpty)
                {
                    gap = builder.Length > 0;
                    continue;
                }

                if (builder.Length > 0)
                {
                    builder.Append(gap ? "\n\n" : "\n");
                }

                builder.Append(trimmed);
                gap = false;
            }

            return builder.ToString();
        }

        private static void TrimEnd(StringBuilder builder)
        {
            while (builder.Length > 0 && builder[^1] == ' ')
            {
                builder.Length--;
            }
        }
    }
}
