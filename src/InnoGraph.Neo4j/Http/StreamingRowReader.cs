using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using InnoGraph.Neo4j.Errors;

namespace InnoGraph.Neo4j.Http;

/// <summary>
/// Reads the rows of a single-statement transactional response as they arrive, holding one row
/// in memory at a time instead of the whole body. Errors Neo4j reports after the rows are thrown
/// once the rows before them have been yielded.
/// </summary>
internal static class StreamingRowReader
{
    private const int RowDepth = 5; // { results: [ { data: [ { row: [ ...
    private const int ColumnsDepth = 3;
    private const int ErrorsDepth = 1;

    public static async IAsyncEnumerable<IReadOnlyDictionary<string, JsonElement>> ReadAsync(
        Stream body, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            var state = new JsonReaderState();
            var filled = 0;
            var final = false;
            string? property = null;
            IReadOnlyList<string> columns = [];
            var errors = new List<Neo4jError>();
            var resultIndex = -1;

            while (true)
            {
                if (!final)
                {
                    if (filled == buffer.Length)
                    {
                        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        buffer.AsSpan(0, filled).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }

                    var read = await body.ReadAsync(buffer.AsMemory(filled), cancellationToken);
                    filled += read;
                    final = read == 0;
                }

                var rows = new List<IReadOnlyDictionary<string, JsonElement>>();
                var consumed = Scan(buffer.AsSpan(0, filled), final, ref state, ref property, ref columns, ref resultIndex, errors, rows);
                foreach (var row in rows)
                {
                    yield return row;
                }

                buffer.AsSpan(consumed, filled - consumed).CopyTo(buffer);
                filled -= consumed;
                if (final)
                {
                    break;
                }
            }

            if (errors.Count > 0)
            {
                throw Neo4jException.FromCode(errors[0].Code, errors[0].Message);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static int Scan(
        ReadOnlySpan<byte> data,
        bool final,
        ref JsonReaderState state,
        ref string? property,
        ref IReadOnlyList<string> columns,
        ref int resultIndex,
        List<Neo4jError> errors,
        List<IReadOnlyDictionary<string, JsonElement>> rows)
    {
        var reader = new Utf8JsonReader(data, final, state);
        var checkpoint = (State: reader.CurrentState, Consumed: 0);
        while (reader.Read())
        {
            var isValue = reader.TokenType is JsonTokenType.StartArray or JsonTokenType.StartObject;
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                property = reader.GetString();
            }
            else if (reader.TokenType == JsonTokenType.StartObject && reader.CurrentDepth == 2)
            {
                resultIndex++;
            }
            else if (isValue && Wanted(reader.CurrentDepth, property, resultIndex))
            {
                if (!JsonDocument.TryParseValue(ref reader, out var document))
                {
                    break;
                }

                using (document)
                {
                    Take(document.RootElement, reader.CurrentDepth, ref columns, errors, rows);
                }
            }

            checkpoint = (reader.CurrentState, (int)reader.BytesConsumed);
        }

        state = checkpoint.State;
        return checkpoint.Consumed;
    }

    private static bool Wanted(int depth, string? property, int resultIndex) =>
        (depth == RowDepth && property == "row" && resultIndex == 0)
        || (depth == ColumnsDepth && property == "columns" && resultIndex == 0)
        || (depth == ErrorsDepth && property == "errors");

    private static void Take(
        JsonElement value,
        int depth,
        ref IReadOnlyList<string> columns,
        List<Neo4jError> errors,
        List<IReadOnlyDictionary<string, JsonElement>> rows)
    {
        switch (depth)
        {
            case RowDepth:
                var row = new Dictionary<string, JsonElement>(columns.Count);
                var i = 0;
                foreach (var cell in value.EnumerateArray())
                {
                    row[i < columns.Count ? columns[i] : $"_{i}"] = cell.Clone();
                    i++;
                }

                rows.Add(row);
                break;
            case ColumnsDepth:
                columns = value.EnumerateArray().Select(c => c.GetString()!).ToList();
                break;
            default:
                errors.AddRange(ResponseParser.ParseErrors(JsonDocument.Parse($"{{\"errors\":{value.GetRawText()}}}").RootElement));
                break;
        }
    }
}
