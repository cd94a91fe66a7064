using InnoGraph.Graph.Reading;

namespace InnoGraph.Api.Translation.Roots;

/// <summary>Translates one root query field, with its whole selection, into one statement.</summary>
internal interface IRootTranslator
{
    string FieldName { get; }

    ReadPlan Translate(FieldSelection field);
}
