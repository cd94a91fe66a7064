using GraphQL.Types;

namespace InnoGraph.Api.GraphQL.Types;

/// <summary>A typed property: its value type and, when restricted, its allowed values.</summary>
internal sealed class PropertyInfoType : ObjectGraphType
{
    public PropertyInfoType()
    {
        Name = "PropertyInfo";
        this.Add("name", typeof(NonNullGraphType<StringGraphType>));
        this.Add("type", typeof(NonNullGraphType<StringGraphType>), "Text, Integer, Number, Boolean, Date or TextList.");
        this.Add("allowedValues", typeof(ListGraphType<NonNullGraphType<StringGraphType>>));
    }
}
