using System.Security.Cryptography;
using System.Text;
using InnoGraph.Api.Hosting;
using Microsoft.Extensions.Options;

namespace InnoGraph.Api.Security;

/// <summary>Checks the API key of a write and names who sent it. Keys are compared in constant time.</summary>
internal sealed class ApiKeys(IOptions<ApiOptions> options)
{
    /// <summary>The name of the key presented, or null when it is missing or unknown.</summary>
    public string? Authenticate(HttpRequest request)
    {
        var presented = request.Headers[options.Value.KeyHeader].FirstOrDefault();
        if (string.IsNullOrEmpty(presented))
        {
            return null;
        }

        var presentedBytes = Encoding.UTF8.GetBytes(presented);
        string? match = null;
        foreach (var (name, key) in options.Value.Keys)
        {
            if (CryptographicOperations.FixedTimeEquals(presentedBytes, Encoding.UTF8.GetBytes(key)))
            {
                match = name;
            }
        }

        return match;
    }
}
