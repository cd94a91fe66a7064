namespace InnoGraph.Cli.Infrastructure;

/// <summary>Exit codes scripts can rely on. Listed in <c>innograph --help</c> and the README.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int Usage = 2;
    public const int InvalidSeeds = 3;
    public const int Neo4jUnavailable = 4;
    public const int Neo4jError = 5;
    public const int WriteRefused = 6;
    public const int Neo4jOutOfMemory = 7;

    public const string Help = """
        Exit codes: 0 ok; 1 unexpected failure; 2 wrong usage; 3 the seeds have problems (nothing written);
        4 Neo4j not reachable; 5 Neo4j refused the request (query error, credentials); 6 a read-only query tried to write;
        7 Neo4j ran out of memory (raise INNOGRAPH_NEO4J_HEAP or load in smaller batches).
        """;
}
