using GraphQL.Types;
using InnoGraph.Api.GraphQL.Resolvers;
using static InnoGraph.Api.GraphQL.Types.FieldDefinitions;

namespace InnoGraph.Api.GraphQL.Types;

/// <summary>
/// The queries. Every field is answered from one statement, and all fields of a request travel
/// to Neo4j together. Arguments that name an entity accept an id, a canonical name, an English
/// name or an alias, in simplified or traditional characters.
/// </summary>
internal sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        var root = RootFieldResolver.Instance;
        var names = typeof(ListGraphType<NonNullGraphType<StringGraphType>>);
        var text = typeof(NonNullGraphType<StringGraphType>);

        this.Add("search", TypeRefs.NonNullList("Entity"), "Entities by name, alias or English name (substring, either script); best matches first.", root, new QueryArguments(
            Argument("text", text),
            Argument("kinds", names, "Only these kinds, e.g. [Institute, Platform]."),
            Argument("first", typeof(IntGraphType), "At most this many, up to 100.", 20)));
        this.Add("entity", TypeRefs.Ref("Entity"), "One entity by id.", root, new QueryArguments(
            Argument("id", typeof(NonNullGraphType<IdGraphType>))));
        this.Add("bureauTasks", TypeRefs.List("TaskAssignment"), "The tasks a unit is responsible for, with role, action and plan; by plan, action and task order.", root, new QueryArguments(
            Argument("bureau", text, "The unit: id, name or alias, e.g. 市科技局.")));
        this.Add("taskOwners", TypeRefs.List("TaskAssignment"), "The units responsible for a task, in the source's order, with role.", root, new QueryArguments(
            Argument("task", text, "The task: id, name, alias or number.")));
        this.Add("responsibilityNetwork", TypeRefs.Ref("Graph"), "Units linked by the tasks they share; weight = shared tasks.", root, new QueryArguments(
            Argument("plan", typeof(StringGraphType), "Only tasks of this plan.")));
        this.Add("collaborationNetwork", TypeRefs.Ref("Graph"), "Institutes and platforms in a city (and its districts and counties), the parties that co-built them and where those are.", root, new QueryArguments(
            Argument("city", text),
            Argument("depth", typeof(IntGraphType), "Co-building hops from the city's institutes, 1 to 3.", 1)));
        this.Add("cityCollaboration", TypeRefs.Ref("Graph"), "City-to-city links implied by co-built institutes; weight = institutes, via = the institutes.", root, new QueryArguments(
            Argument("city", typeof(StringGraphType), "Only links of this city.")));
        this.Add("indicatorSeries", TypeRefs.List("IndicatorSeries"), "Indicator values of a region by year, with unit and actual/estimate/target.", root, new QueryArguments(
            Argument("region", text),
            Argument("indicator", typeof(StringGraphType), "Only this indicator (id, name or part of a name).")));
        this.Add("neighbourhood", TypeRefs.Ref("Graph"), "The given entities, the nearest others within depth hops, and the relations among them.", root, new QueryArguments(
            Argument("ids", typeof(NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>)),
            Argument("depth", typeof(IntGraphType), "1 to 3.", 1),
            Argument("relationTypes", names, "Follow only these relation types."),
            Argument("limit", typeof(IntGraphType), "At most this many nodes besides the given ones, up to 500.", 200)));
        this.Add("shortestPath", TypeRefs.Ref("Graph"), "A shortest path between two entities, either direction.", root, new QueryArguments(
            Argument("from", text),
            Argument("to", text),
            Argument("maxLength", typeof(IntGraphType), "1 to 10.", 6)));
        this.Add("entities", TypeRefs.NonNull("EntityConnection"), "Browse entities of a kind by name, paged by cursor.", root, new QueryArguments(
            Argument("kind", typeof(StringGraphType), "An entity kind, e.g. GovernmentBody."),
            Argument("text", typeof(StringGraphType), "Part of a name."),
            Argument("first", typeof(IntGraphType), "Page size, at most 100.", 20),
            Argument("after", typeof(StringGraphType), "The endCursor of the previous page.")));
        this.Add("documents", TypeRefs.NonNullList("SourceDocument"), "The source documents and reference sources that provenance points into.", root);
        this.Add("catalogue", TypeRefs.NonNull("Catalogue"), "The kinds and relation types the graph holds, with their typed properties.", CatalogueResolver.Instance);
    }
}
