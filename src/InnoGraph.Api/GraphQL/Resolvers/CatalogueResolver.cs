using System.Text.Json;
using GraphQL;
using GraphQL.Resolvers;
using InnoGraph.Domain.Model;

namespace InnoGraph.Api.GraphQL.Resolvers;

/// <summary>Serves the domain catalogue from memory: no round trip.</summary>
internal sealed class CatalogueResolver : IFieldResolver
{
    private static readonly JsonElement Catalogue = JsonSerializer.SerializeToElement(new
    {
        kinds = EntityKinds.All.Select(k => new { name = k.Label, idPrefix = k.IdPrefix, properties = k.Properties.Select(Describe) }),
        relationTypes = RelationTypes.All.Select(r => new
        {
            name = r.Name,
            fromKinds = r.FromKinds.Select(k => k.ToString()),
            toKinds = r.ToKinds.Select(k => k.ToString()),
            properties = r.Properties.Select(Describe),
        }),
    });

    public static CatalogueResolver Instance { get; } = new();

    public ValueTask<object?> ResolveAsync(IResolveFieldContext context) => ValueTask.FromResult<object?>(Catalogue);

    private static object Describe(PropertySpec p) => new { name = p.Name, type = p.Type.ToString(), allowedValues = p.AllowedValues };
}
