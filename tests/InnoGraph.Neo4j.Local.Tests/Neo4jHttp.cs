using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace InnoGraph.Neo4j.Local.Tests;

internal static class Neo4jHttp
{
    public static async Task<(HttpStatusCode Status, string Body)> ReturnOneAsync(Uri server, string user, string password)
    {
        using var http = new HttpClient { BaseAddress = server };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/db/data/transaction/commit")
        {
            Content = new StringContent("""{"statements":[{"statement":"RETURN 1 AS one"}]}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password)));
        using var response = await http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
