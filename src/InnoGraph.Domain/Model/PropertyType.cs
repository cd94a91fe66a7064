namespace InnoGraph.Domain.Model;

/// <summary>The value types a typed property of an entity or relation may have.</summary>
public enum PropertyType
{
    Text,
    Integer,
    Number,
    Boolean,
    Date,
    TextList,
}
