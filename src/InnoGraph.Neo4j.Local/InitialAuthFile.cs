using System.Security.Cryptography;
using System.Text;

namespace InnoGraph.Neo4j.Local;

/// <summary>
/// Sets the initial password of user neo4j before the first start, as <c>neo4j-admin set-initial-password</c> of 3.1.1 does:
/// it writes <c>data/dbms/auth.ini</c>, which Neo4j imports when it has no user file yet.
/// Writing the file here avoids a second JVM start and keeps the password off a process command line.
/// </summary>
internal static class InitialAuthFile
{
    public static bool HasUsers(string dataDirectory) =>
        File.Exists(Path.Combine(dataDirectory, "dbms", "auth"));

    public static void Write(string dataDirectory, string user, string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        PasswordFile.WriteOwnerOnly(Path.Combine(dataDirectory, "dbms", "auth.ini"), Line(user, password, salt) + "\n");
    }

    /// <summary>The 3.1 credential format: <c>user:SHA-256,HEX(SHA-256(salt ‖ password)),HEX(salt):</c>.</summary>
    public static string Line(string user, string password, byte[] salt)
    {
        var hash = SHA256.HashData([.. salt, .. Encoding.UTF8.GetBytes(password)]);
        return $"{user}:SHA-256,{Convert.ToHexString(hash)},{Convert.ToHexString(salt)}:";
    }
}
