using InnoGraph.Domain.Model;

namespace InnoGraph.Ingestion.Facts;

/// <summary>
/// Where a proposal comes from: its paragraph (<c>dNNN:pN</c>), the character span [Start, End) in
/// the original text of that paragraph and the words there, the method that proposed it and how
/// sure that method is.
/// </summary>
public sealed record Evidence(string Source, int Paragraph, int Start, int End, string Text, string Method, double Confidence)
{
    public string Locator => $"{Source}:p{Paragraph}";
}

/// <summary>An entity the document names: a known one (reused by its id) or a new one to declare.</summary>
public sealed record EntityProposal(string Id, EntityKind Kind, string Name, bool IsNew, IReadOnlyList<Evidence> Evidence)
{
    public IReadOnlyDictionary<string, object> Properties { get; init; } = new Dictionary<string, object>();

    /// <summary>What a reviewer has to decide, or null when nothing is left open.</summary>
    public string? Review { get; init; }

    public double Confidence => Evidence.Max(e => e.Confidence);
}

/// <summary>A relation the document states.</summary>
public sealed record RelationProposal(string From, RelationType Type, string To, Evidence Evidence)
{
    public IReadOnlyDictionary<string, object> Properties { get; init; } = new Dictionary<string, object>();

    public string? Review { get; init; }

    public double Confidence => Evidence.Confidence;

    public string TypeName => RelationTypes.Of(Type).Name;

    /// <summary>True when the graph has this relation already: the draft names it in a comment, to add the locator by hand.</summary>
    public bool Known { get; init; }

    public string Id => GraphRelation.RelationId(From, TypeName, To, null);
}

/// <summary>An indicator value: region, indicator, year, value, unit, status and qualifier.</summary>
public sealed record ObservationProposal(string Region, string Indicator, int Year, decimal Value, string Unit, string Status, Evidence Evidence)
{
    public string? Qualifier { get; init; }

    public string? Scope { get; init; }

    public string? Review { get; init; }

    public double Confidence => Evidence.Confidence;

    public bool Known { get; init; }

    /// <summary>The relation id the seeds give it: <c>region|MEASURED|indicator|YEAR-STATUS[-QUALIFIER]</c>.</summary>
    public string Id => GraphRelation.RelationId(Region, "MEASURED", Indicator, Qualifier is null ? $"{Year}-{Status}" : $"{Year}-{Status}-{Qualifier}");
}

/// <summary>The source being ingested, as it will be declared.</summary>
public sealed record SourceProposal(string Id, string File, string? Title, string? City, string? Date, string Script, int Paragraphs)
{
    /// <summary>Whether no city was given and the one the title begins with is taken (<see cref="Gazetteer.DocumentCity.OpeningTitle"/>).</summary>
    public bool CityFromTitle { get; init; }
}

/// <summary>Everything proposed from one document.</summary>
public sealed record IngestResult(
    SourceProposal Source,
    IReadOnlyList<EntityProposal> Entities,
    IReadOnlyList<RelationProposal> Relations,
    IReadOnlyList<ObservationProposal> Observations);
