using System.Text;
using System.Text.RegularExpressions;
using InnoGraph.Neo4j.Client;

namespace InnoGraph.Graph.Cypher;

/// <summary>
/// Builds one parameterised Cypher statement. Every value from a request becomes a parameter;
/// the only words spliced into the text are fresh variable names, allowlisted labels and
/// relationship types, and integers the translator has range-checked.
/// </summary>
public sealed class CypherQuery
{
    /// <summary>The statement's text: plain text, and the pieces that belong to an on-demand variable.</summary>
    private readonly List<Piece> _pieces = [];
    private readonly Dictionary<string, object?> _parameters = new(StringComparer.Ordinal);
    /// <summary>Variables every later WITH must pass on.</summary>
    private readonly List<string> _carry = [];
    private readonly HashSet<string> _bound = new(StringComparer.Ordinal);
    private readonly HashSet<string> _onDemand = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    /// <summary>On-demand variables the statement returns as columns of their own when it uses them.</summary>
    private readonly List<string> _returned = [];
    private readonly HashSet<string> _named = new(StringComparer.Ordinal);

    /// <param name="OnDemand">The on-demand variable the text belongs to; null for text always written.</param>
    private readonly record struct Piece(string Text, string? OnDemand);

    /// <summary>
    /// A parameter under a fixed name, for a value the statement's sender supplies (<paramref name="value"/> until then);
    /// left out of the statement when its text does not use it (as in an unused on-demand variable's lines).
    /// </summary>
    public string Param(string name, object? value)
    {
        _parameters[name] = value;
        _named.Add(name);
        return "$" + name;
    }

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
        _pieces.Add(new Piece(text + "\n", null));
        return this;
    }

    /// <summary>Writes <c>WITH</c> with the carried variables first.</summary>
    public CypherQuery With(string items, string? tail = null)
    {
        _pieces.Add(new Piece("WITH ", null));
        foreach (var carried in _carry)
        {
            _pieces.Add(new Piece(carried + ", ", _onDemand.Contains(carried) ? carried : null));
        }
        _pieces.Add(new Piece(tail is null ? items + "\n" : $"{items} {tail}\n", null));
        return this;
    }

    public void Carry(CypherVariable variable) => _carry.Add(variable.Name);

    /// <summary>
    /// Binds <paramref name="variable"/> with <paramref name="lines"/> (which must yield one row) and carries it
    /// on, but only if the statement uses it (<see cref="Use"/>): otherwise neither the lines nor the variable
    /// are written. For what a statement reads just in case, such as the sources provenance may cite.
    /// </summary>
    public void BindOnDemand(CypherVariable variable, params string[] lines)
    {
        _onDemand.Add(variable.Name);
        _pieces.AddRange(lines.Select(line => new Piece(line + "\n", variable.Name)));
        Carry(variable);
    }

    /// <summary>Makes the statement return the on-demand <paramref name="variable"/> as a column of its own name, when it uses it.</summary>
    public void ReturnWhenUsed(CypherVariable variable) => _returned.Add(variable.Name);

    /// <summary>Marks an on-demand variable as used, so the statement binds it; returns its name.</summary>
    public string Use(string variable)
    {
        _used.Add(variable);
        return variable;
    }

    /// <summary>Arguments resolved to entities by name, with the variable holding their candidates.</summary>
    public List<(string Argument, CypherVariable Candidates)> References { get; } = [];

    /// <summary>
    /// Ends the statement: the root field's value as <c>data</c>, the candidates of every resolved argument as <c>__refs</c>,
    /// and each on-demand variable of <see cref="ReturnWhenUsed"/> that the statement uses.
    /// </summary>
    public CypherQuery Return(string data)
    {
        var refs = References.Select(r => $"{{argument: '{r.Argument}', ids: [c IN {r.Candidates} | c.id]}}");
        _pieces.Add(new Piece($"RETURN {data} AS data, [{string.Join(", ", refs)}] AS __refs", null));
        _pieces.AddRange(_returned.Select(name => new Piece($", {name}", name)));
        return Line("");
    }

    public CypherStatement Build()
    {
        var text = new StringBuilder();
        foreach (var piece in _pieces.Where(p => p.OnDemand is null || _used.Contains(p.OnDemand)))
        {
            text.Append(piece.Text);
        }
        var written = text.ToString().TrimEnd('\n');
        var parameters = _parameters.Where(p => !_named.Contains(p.Key) || Regex.IsMatch(written, $@"\${p.Key}\b"));
        return new(written, new Dictionary<string, object?>(parameters));
    }
}
