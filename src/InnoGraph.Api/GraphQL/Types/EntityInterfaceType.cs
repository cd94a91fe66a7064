using GraphQL.Types;

namespace InnoGraph.Api.GraphQL.Types;

/// <summary>Anything in the graph: an institute, a bureau, a task, a region...</summary>
internal sealed class EntityInterfaceType : InterfaceGraphType
{
    public EntityInterfaceType()
    {
        Name = "Entity";
        Description = "Anything in the graph. Each kind has its own type with its typed properties.";
        EntityFields.AddTo(this);
    }
}
