using System.Text.Json;

namespace InnoGraph.Neo4j.Client;

/// <summary>The columns and rows one statement returned. Values are kept as JSON until mapped.</summary>
/// <param name="Columns">Column names, in order.</param>
/// <param name="Rows">Rows, each with one value per column.</param>
/// <param name="ContainsUpdates">Whether the statement changed the graph; known only when it was sent with <see cref="CypherStatement.IncludeStats"/>.</param>
public sealed record CypherResult(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<JsonElement>> Rows, bool ContainsUpdates = false)
{
    /// <summary>The value of <paramref name="column"/> in row <paramref name="row"/>.</summary>
    public JsonElement Value(int row, string column)
    {
        var index = IndexOf(column);
        return Rows[row][index];
    }

    /// <summary>Maps every row to <typeparamref name="T"/>, matching columns to properties by name (case-insensitive); a single column maps straight to a scalar <typeparamref name="T"/>.</summary>
    public IReadOnlyList<T> As<T>(JsonSerializerOptions? options = null) =>
        Rows.Select(row => RowMapper.Map<T>(Columns, row, options)).ToList();

    /// <summary>Maps the single column of every row to <typeparamref name="T"/>.</summary>
    public IReadOnlyList<T> Scalars<T>(JsonSerializerOptions? options = null) =>
        Rows.Select(row => row[0].Deserialize<T>(options ?? RowMapper.DefaultOptions)!).ToList();

    private int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i] == column)
            {
                return i;
            }
        }

        throw new ArgumentException($"The result has no column '{column}'. Columns: {string.Join(", ", Columns)}.", nameof(column));
    }
}
