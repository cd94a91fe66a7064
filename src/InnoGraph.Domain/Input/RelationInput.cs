using InnoGraph.Domain.Model;
using InnoGraph.Domain.Validation;

namespace InnoGraph.Domain.Input;

/// <summary>
/// A relation to write (fields <c>from type to key sources properties</c>), checked with the rules the seed reader
/// applies, giving the same messages. Whether its endpoints exist and are of kinds its type joins needs the graph:
/// that is <see cref="RelationRules"/> on the stored kinds.
/// </summary>
public static class RelationInput
{
    public const int MaxSources = EntityInput.MaxSources;

    public static InputCheck<GraphRelation> Read(IDictionary<string, object?> input)
    {
        var fields = new InputFields();
        var from = Endpoint(input, "from", fields);
        var typeName = fields.Text(input, "type", required: true);
        var to = Endpoint(input, "to", fields);
        RelationTypeSpec? spec = null;
        if (typeName is not null)
        {
            spec = CatalogueRules.RelationType(typeName, out var typeError);
            fields.Problem("type", typeError);
        }

        if (from is not null && to is not null)
        {
            fields.Problem("to", RelationRules.NotToItself(from, to));
        }

        var key = fields.Text(input, "key", required: false);
        if (key is not null && !RelationKey.IsValid(key))
        {
            fields.Problem("key", RelationKey.Describe(key));
        }

        var sources = fields.Sources(input, "sources", MaxSources);
        var properties = fields.Properties(input, "properties", spec?.Properties, spec?.Name);
        return fields.Problems.Count > 0
            ? new InputCheck<GraphRelation>(null, fields.Problems)
            : new InputCheck<GraphRelation>(new GraphRelation(from!, spec!.Type, to!, key, sources, properties), []);
    }

    private static string? Endpoint(IDictionary<string, object?> input, string field, InputFields fields)
    {
        var id = fields.Text(input, field, required: true);
        if (id is not null && !EntityId.IsValid(id))
        {
            fields.Problem(field, EntityId.Describe(id));
            return null;
        }

        return id;
    }
}
