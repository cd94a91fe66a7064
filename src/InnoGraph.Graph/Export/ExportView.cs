using InnoGraph.Graph.Reading;

namespace InnoGraph.Graph.Export;

/// <summary>The graph views an export can hold, named as <c>view=</c> names them.</summary>
public enum ExportViewKind
{
    Whole,
    Collaboration,
    Cities,
    Responsibility,
    Neighbourhood,
    Path,
}

/// <summary>Which part of the graph an export holds and the arguments of its read, as the API's query string and the CLI's options give them.</summary>
public sealed record ExportView(
    ExportViewKind Kind,
    string? City = null,
    string? Plan = null,
    IReadOnlyList<string>? Ids = null,
    int? Depth = null,
    int? Limit = null,
    string? From = null,
    string? To = null,
    int? MaxLength = null)
{
    public static IReadOnlyDictionary<string, ExportViewKind> Names { get; } = new Dictionary<string, ExportViewKind>(StringComparer.Ordinal)
    {
        ["collaboration"] = ExportViewKind.Collaboration,
        ["cities"] = ExportViewKind.Cities,
        ["responsibility"] = ExportViewKind.Responsibility,
        ["neighbourhood"] = ExportViewKind.Neighbourhood,
        ["path"] = ExportViewKind.Path,
    };

    /// <summary>Reads a view from named arguments (<c>view</c>, <c>city</c>, <c>plan</c>, <c>ids</c>, <c>depth</c>, <c>limit</c>, <c>from</c>, <c>to</c>, <c>maxLength</c>); no view is the whole graph.</summary>
    public static ExportView Parse(Func<string, string?> argument)
    {
        string? Text(string name) => argument(name) is { } value && value.Trim().Length > 0 ? value.Trim() : null;
        string Required(string name, string view) => Text(name)
            ?? throw new ExportRefused(ExportRefusal.BadArgument, name, $"view={view} needs '{name}'.");
        int? Number(string name) => Text(name) is not { } text ? null
            : int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value
            : throw new ExportRefused(ExportRefusal.BadArgument, name, $"'{name}' must be a whole number; it was '{text}'.");

        if (Text("view") is not { } name)
        {
            return new ExportView(ExportViewKind.Whole);
        }

        if (!Names.TryGetValue(name, out var kind))
        {
            throw new ExportRefused(ExportRefusal.BadArgument, "view", $"'view' must be one of {string.Join(", ", Names.Keys)} (or left out for the whole graph); it was '{name}'.");
        }

        return kind switch
        {
            ExportViewKind.Collaboration => new ExportView(kind, City: Required("city", name), Depth: Number("depth")),
            ExportViewKind.Cities => new ExportView(kind, City: Text("city")),
            ExportViewKind.Responsibility => new ExportView(kind, Plan: Text("plan")),
            ExportViewKind.Neighbourhood => new ExportView(
                kind,
                Ids: Required("ids", name).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                Depth: Number("depth"),
                Limit: Number("limit")),
            _ => new ExportView(kind, From: Required("from", name), To: Required("to", name), MaxLength: Number("maxLength")),
        };
    }

    /// <summary>The read that answers this view in the GraphQL API, with the export's selection.</summary>
    internal ReadPlan Read(FieldSelection selection) => Kind switch
    {
        ExportViewKind.Collaboration => Networks.CollaborationNetworkQuery.Plan(new Networks.CollaborationNetworkRequest(City!, Depth), selection),
        ExportViewKind.Cities => Networks.CityCollaborationQuery.Plan(City, selection),
        ExportViewKind.Responsibility => Networks.ResponsibilityNetworkQuery.Plan(Plan, selection),
        ExportViewKind.Neighbourhood => Paths.NeighbourhoodQuery.Plan(new Paths.NeighbourhoodRequest(Ids!, Depth, null, Limit), selection),
        ExportViewKind.Path => Paths.ShortestPathQuery.Plan(From!, To!, MaxLength, selection),
        _ => throw new InvalidOperationException("The whole graph is not a view."),
    };
}
