using InnoGraph.Graph.Cypher;

namespace InnoGraph.Graph.Reading;

/// <summary>
/// Turns a relation's 64-bit <c>order</c> into a string that sorts as the number does, negative
/// values first and relations without an order last; used for ordering and in cursors.
/// </summary>
public static class OrderKeys
{
    private const int Digits = 19;

    private static readonly string Zeros = new('0', Digits);

    /// <summary>The key expression for the relationship variable <paramref name="relationship"/>.</summary>
    /// <remarks>A negative order is shifted by 2^63 (written so that no step overflows) to keep its rank among negatives.</remarks>
    public static string Cypher(CypherVariable relationship) =>
        $"CASE WHEN {relationship}.order IS NULL THEN '2' " +
        $"WHEN {relationship}.order < 0 THEN '0' + right('{Zeros}' + toString({relationship}.order + 9223372036854775807 + 1), {Digits}) " +
        $"ELSE '1' + right('{Zeros}' + toString({relationship}.order), {Digits}) END";

    /// <summary>True for a string <see cref="Cypher"/> can produce.</summary>
    public static bool IsKey(string key) =>
        key == "2" || (key.Length == Digits + 1 && key[0] is '0' or '1' && key.AsSpan(1).ContainsAnyExceptInRange('0', '9') is false);
}
