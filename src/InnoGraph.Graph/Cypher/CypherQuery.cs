using System.Text;
using InnoGraph.Neo4j.Client;

namespace InnoGraph.Graph.Cypher;

/// <summary>
/// Builds one parameterised Cypher statement. Every value from a request becomes a parameter;
/// the only words spliced into the text are fresh variable names, allowlisted labels and
/// relationship types, and integers the translator has range-checked.
/// </summary>
public sealed class CypherQuery
{
    private readonly StringBuilder _text = new();
    private readonly Dictionary<string, object?> _parameters = new(StringComparer.Ordinal);
    /// <summary>Variables every later WITH must pass on.</summary>
    private readonly List<string> _carry = [];
    private readonly HashSet<string> _bound = new(StringComparer.Ordinal);

    public string Param(object? value)
    {
        var name = $"p{_parameters.Count}";
        _parameters[name] = value;
        return "$" + name;
    }

    /// <summary>A new variable named <paramref name="stem"/> and a number: <c>n1</c>, <c>n2</c>, ...</summary>
    public CypherVariable Fresh(string stem)
    {
        for (var next = 1; ; next++)
        {
            if (_bound.Add($"{stem}{next}"))
            {
                return new CypherVariable($"{stem}{next}");
            }
        }
    }

    /// <summary>A new variable called <paramref name="name"/> when that is free, else a numbered one.</summary>
    public CypherVariable Variable(string name) => _bound.Add(name) ? new CypherVariable(name) : Fresh(name);

    public CypherQuery Line(string text)
    {
        _text.Append(text).Append('\n');
        return this;
    }

    /// <summary>Writes <c>WITH</c> with the carried variables first.</summary>
    public CypherQuery With(string items, string? tail = null)
    {
        var all = _carry.Count == 0 ? items : string.Join(", ", _carry) + ", " + items;
        return Line(tail is null ? $"WITH {all}" : $"WITH {all} {tail}");
    }

    public void Carry(CypherVariable variable) => _carry.Add(variable.Name);

    /// <summary>Arguments resolved to entities by name, with the variable holding their candidates.</summary>
    public List<(string Argument, CypherVariable Candidates)> References { get; } = [];

    /// <summary>Ends the statement: the root field's value as <c>data</c>, the candidates of every resolved argument as <c>__refs</c>.</summary>
    public CypherQuery Return(string data)
    {
        var refs = References.Select(r => $"{{argument: '{r.Argument}', ids: [c IN {r.Candidates} | c.id]}}");
        return Line($"RETURN {data} AS data, [{string.Join(", ", refs)}] AS __refs");
    }

    public CypherStatement Build() => new(_text.ToString().TrimEnd('\n'), new Dictionary<string, object?>(_parameters));
}
