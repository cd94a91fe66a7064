namespace InnoGraph.Domain.Model;

/// <summary>The catalogue of entity kinds: id prefixes and typed properties per kind.</summary>
public static class EntityKinds
{
    private static readonly string[] Levels = ["international", "national", "provincial", "municipal", "county", "district", "town"];

    private static PropertySpec Level => PropertySpec.Text("level", Levels);

    private static PropertySpec Founded => PropertySpec.Integer("founded");

    private static PropertySpec LocationUnknown => PropertySpec.Text(LocationRule.UnknownProperty);

    public static IReadOnlyList<EntityKindSpec> All { get; } = WithLocationRule(
    [
        new(EntityKind.Document, "doc", [
            PropertySpec.Text("sourceKind", "document", "reference"),
            PropertySpec.Text("title"),
            PropertySpec.Text("titleEn"),
            PropertySpec.Text("publisher"),
            PropertySpec.Date("date"),
            PropertySpec.Text("city"),
            PropertySpec.Text("script", "zh-Hans", "zh-Hant", "en"),
            PropertySpec.Text("file"),
            PropertySpec.Integer("paragraphs"),
        ]),
        new(EntityKind.Region, "region", [
            PropertySpec.Text("level", "country", "province", "municipality", "city", "county", "district", "town", "area", "foreign"),
            PropertySpec.Text("divisionCode"),
            PropertySpec.Boolean("countyLevelCity"),
        ]),
        new(EntityKind.University, "univ", [Founded, PropertySpec.Text("type", "university", "college", "campus", "graduate-school", "technician-school")]),
        new(EntityKind.Academy, "acad", [Founded, Level]),
        new(EntityKind.Institute, "inst", [Founded, Level, PropertySpec.Text("type")]),
        new(EntityKind.Laboratory, "lab", [Founded, Level, PropertySpec.Text("type")]),
        new(EntityKind.RdCentre, "rdc", [Founded, Level, PropertySpec.Text("type")]),
        new(EntityKind.Enterprise, "ent", [Founded, PropertySpec.Text("industry"), PropertySpec.Boolean("listed")]),
        new(EntityKind.GovernmentBody, "gov", [
            Level,
            PropertySpec.Text("type", "government", "party-committee", "party-office", "bureau", "commission", "office", "agency", "bank-branch", "regulator", "court", "procuratorate", "people-congress", "committee", "ministry", "military"),
        ]),
        new(EntityKind.Organisation, "org", [Founded, PropertySpec.Text("type")]),
        new(EntityKind.Park, "park", [Founded, Level, PropertySpec.Text("type")]),
        new(EntityKind.Platform, "plat", [Founded, Level, PropertySpec.Text("type")]),
        new(EntityKind.Fund, "fund", [PropertySpec.Number("amount"), PropertySpec.Text("unit"), PropertySpec.Integer("startYear"), PropertySpec.Integer("endYear")]),
        new(EntityKind.Programme, "prog", [Level, PropertySpec.Integer("startYear"), PropertySpec.Integer("endYear")]),
        new(EntityKind.Plan, "plan", [Level, PropertySpec.Integer("startYear"), PropertySpec.Integer("endYear")]),
        new(EntityKind.Action, "action", [PropertySpec.Text("number"), PropertySpec.Integer("order")]),
        new(EntityKind.Policy, "policy", [Level, PropertySpec.Integer("year")]),
        new(EntityKind.Designation, "desig", [Level, PropertySpec.Integer("year")]),
        new(EntityKind.Task, "task", [
            PropertySpec.Text("number"),
            PropertySpec.Integer("order"),
            PropertySpec.Boolean("ownersTruncated"),
        ]),
        new(EntityKind.Indicator, "ind", [PropertySpec.Text("unit"), PropertySpec.Text("category")]),
    ]);

    private static readonly Dictionary<EntityKind, EntityKindSpec> ByKind = All.ToDictionary(k => k.Kind);
    private static readonly Dictionary<string, EntityKindSpec> ByName = All.ToDictionary(k => k.Kind.ToString(), StringComparer.Ordinal);

    public static EntityKindSpec Of(EntityKind kind) => ByKind[kind];

    /// <summary>Finds a kind by its exact name (e.g. <c>Institute</c>); null when it is not in the allowlist.</summary>
    public static EntityKindSpec? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>Every kind the <see cref="LocationRule"/> applies to also admits the reason its place cannot be known.</summary>
    private static List<EntityKindSpec> WithLocationRule(IReadOnlyList<EntityKindSpec> kinds) =>
        kinds.Select(k => LocationRule.Applies(k.Kind) ? k with { Properties = [.. k.Properties, LocationUnknown] } : k).ToList();
}
