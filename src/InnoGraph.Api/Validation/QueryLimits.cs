using InnoGraph.Api.Hosting;

namespace InnoGraph.Api.Validation;

/// <summary>The bounds a document must stay within before anything expands or executes it.</summary>
internal sealed record QueryLimits(
    int MaxTokens,
    int MaxDepth,
    int MaxFields,
    int MaxAliases,
    int MaxRootFields,
    double MaxComplexity,
    double MaxDatabaseCost)
{
    /// <summary>AST nesting the parser accepts; deeper documents are refused while parsing.</summary>
    public const int MaxParserDepth = 128;

    public static QueryLimits From(ApiOptions options) => new(
        options.MaxTokens,
        options.MaxQueryDepth,
        options.MaxFields,
        options.MaxAliases,
        options.MaxRootFields,
        options.MaxComplexity,
        options.MaxDatabaseCost);
}
