using System.Net;
using System.Text;

namespace InnoGraph.Neo4j.Tests.Client;

/// <summary>
/// An HTTP handler that answers like Neo4j's HTTP API from a script, for testing the client's own
/// decisions (retry or not, endpoint choice, parsing) without a server. Tests of Neo4j's behaviour
/// use a real Neo4j instead.
/// </summary>
internal sealed class ScriptedNeo4j : HttpMessageHandler
{
    public const string Discovery3 = """{"management":"http://localhost:7474/db/manage/","data":"http://localhost:7474/db/data/"}""";
    public const string Data3 = """{"neo4j_version":"3.1.1","transaction":"http://localhost:7474/db/data/transaction"}""";
    public const string Ok = """{"results":[{"columns":["x"],"data":[{"row":[1],"meta":[null]}]}],"errors":[]}""";

    private readonly Queue<Func<HttpRequestMessage, HttpResponseMessage>> _answers = new();

    public List<string> Requests { get; } = [];

    public static ScriptedNeo4j Version3() => new ScriptedNeo4j().Then(Discovery3).Then(Data3);

    public ScriptedNeo4j Then(string json, HttpStatusCode status = HttpStatusCode.OK) =>
        Then(_ => new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") });

    public ScriptedNeo4j Then(Func<HttpRequestMessage, HttpResponseMessage> answer)
    {
        _answers.Enqueue(answer);
        return this;
    }

    /// <summary>Answers the opening of explicit transaction <paramref name="id"/>, as 3.x does: 201 with its address.</summary>
    public ScriptedNeo4j ThenOpened(int id) => Then(_ => new HttpResponseMessage(HttpStatusCode.Created)
    {
        Content = new StringContent("""{"results":[],"errors":[]}""", Encoding.UTF8, "application/json"),
        Headers = { Location = new Uri($"http://localhost:7474/db/data/transaction/{id}") },
    });

    public ScriptedNeo4j ThenRefused() => Then(_ => throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused"));

    public static string Error(string code) => $$"""{"results":[],"errors":[{"code":"{{code}}","message":"scripted"}]}""";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add($"{request.Method} {request.RequestUri!.AbsolutePath}");
        if (_answers.Count == 0)
        {
            throw new InvalidOperationException($"No scripted answer left for {request.Method} {request.RequestUri}");
        }

        return Task.FromResult(_answers.Dequeue()(request));
    }
}
