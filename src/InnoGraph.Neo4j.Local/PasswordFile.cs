using System.Security.Cryptography;

namespace InnoGraph.Neo4j.Local;

/// <summary>The generated Neo4j password of one data directory, kept in a file only its owner can read.</summary>
internal static class PasswordFile
{
    public const string FileName = "innograph.password";

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public static string PathFor(string dataDirectory) => Path.Combine(dataDirectory, FileName);

    public static string Generate() => RandomNumberGenerator.GetString(Alphabet, 32);

    public static string? Read(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, OwnerOnly);
        }

        var password = File.ReadAllText(path).Trim();
        return password.Length == 0 ? null : password;
    }

    public static string ReadOrCreate(string path)
    {
        var existing = Read(path);
        if (existing is not null)
        {
            return existing;
        }

        var password = Generate();
        WriteOwnerOnly(path, password);
        return password;
    }

    /// <summary>Writes a file created with mode 0600 from the start, so the secret is never readable by others.</summary>
    public static void WriteOwnerOnly(string path, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
        };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }

        using (var stream = new FileStream(temporary, options))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(content);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
