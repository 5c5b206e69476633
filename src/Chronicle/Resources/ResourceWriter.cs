using System.IO.Compression;
using System.Text;

namespace Chronicle.Resources;

/// <summary>Writes the gzipped text resources the build commands produce, the same way every time (UTF-8 without BOM, LF).</summary>
public static class ResourceWriter
{
    /// <summary>Creates (or replaces) a gzipped UTF-8 text file, creating its folder; dispose the writer to finish it.</summary>
    public static StreamWriter CreateGzipText(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var gzip = new GZipStream(File.Create(path), CompressionLevel.SmallestSize);
        return new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" };
    }
}
