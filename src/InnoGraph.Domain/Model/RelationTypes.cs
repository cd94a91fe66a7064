namespace InnoGraph.Domain.Model;

/// <summary>The catalogue of relation types: Neo4j names, the kinds they connect, their properties.</summary>
public static class RelationTypes
{
    private static readonly EntityKind[] Any = [];

    private static readonly EntityKind[] Bodies =
    [
        EntityKind.GovernmentBody, EntityKind.Region, EntityKind.University, EntityKind.Academy,
        EntityKind.Institute, EntityKind.Laboratory, EntityKind.RdCentre, EntityKind.Enterprise,
        EntityKind.Organisation, EntityKind.Park, EntityKind.Platform,
    ];

    private static readonly EntityKind[] Schemes =
    [
        EntityKind.Programme, EntityKind.Plan, EntityKind.Action, EntityKind.Policy, EntityKind.Fund,
        EntityKind.Task, EntityKind.Platform, EntityKind.Park, EntityKind.Designation,
    ];

    private static readonly PropertySpec Since = PropertySpec.Integer("since");

    public static IReadOnlyList<RelationTypeSpec> All { get; } =
    [
        new(RelationType.LocatedIn, "LOCATED_IN", Any, [EntityKind.Region, EntityKind.Park, EntityKind.Platform], [Since]),
        new(RelationType.PartOf, "PART_OF", Any, Any, [PropertySpec.Integer("order")]),
        new(RelationType.CoBuiltWith, "CO_BUILT_WITH", Any, Bodies, [Since, PropertySpec.Text("role")]),
        new(RelationType.ResponsibleFor, "RESPONSIBLE_FOR", Bodies, [EntityKind.Task, EntityKind.Action, EntityKind.Programme], [
            PropertySpec.Text("role", "LEAD", "CO"),
            PropertySpec.Integer("order"),
        ]),
        new(RelationType.Runs, "RUNS", Bodies, Schemes, [Since]),
        new(RelationType.Administers, "ADMINISTERS", Bodies, Any, [Since]),
        new(RelationType.ParticipatesIn, "PARTICIPATES_IN", Any, Any, [Since, PropertySpec.Text("role")]),
        new(RelationType.CooperatesWith, "COOPERATES_WITH", Any, Any, [Since, PropertySpec.Text("scope")]),
        new(RelationType.Established, "ESTABLISHED", Bodies, Any, [PropertySpec.Integer("year")]),
        new(RelationType.DesignatedAs, "DESIGNATED_AS", Any, [EntityKind.Designation], [PropertySpec.Integer("year"), PropertySpec.Integer("batch")]),
        new(RelationType.Approved, "APPROVED", Bodies, Any, [PropertySpec.Integer("year")]),
        new(RelationType.Funds, "FUNDS", Any, Any, [PropertySpec.Number("amount"), PropertySpec.Text("unit")]),
        new(RelationType.Supports, "SUPPORTS", Any, Any, []),
        new(RelationType.InvestsIn, "INVESTS_IN", Any, Any, [PropertySpec.Number("amount"), PropertySpec.Text("unit")]),
        new(RelationType.MemberOf, "MEMBER_OF", Any, Any, [Since]),
        new(RelationType.Publishes, "PUBLISHES", Bodies, [EntityKind.Document, EntityKind.Plan, EntityKind.Policy, EntityKind.Programme], [PropertySpec.Date("date")]),
        new(RelationType.Measured, "MEASURED", Any, [EntityKind.Indicator], [
            PropertySpec.Integer("year"),
            PropertySpec.Number("value"),
            PropertySpec.Text("unit"),
            PropertySpec.Text("status", "actual", "estimate", "target"),
            PropertySpec.Text("scope"),
            PropertySpec.Text("qualifier"),
        ]),
    ];

    private static readonly Dictionary<RelationType, RelationTypeSpec> ByType = All.ToDictionary(r => r.Type);
    private static readonly Dictionary<string, RelationTypeSpec> ByName = All.ToDictionary(r => r.Name, StringComparer.Ordinal);

    public static RelationTypeSpec Of(RelationType type) => ByType[type];

    /// <summary>Finds a relation type by its Neo4j name (e.g. <c>CO_BUILT_WITH</c>); null when not in the allowlist.</summary>
    public static RelationTypeSpec? Find(string name) => ByName.GetValueOrDefault(name);
}
