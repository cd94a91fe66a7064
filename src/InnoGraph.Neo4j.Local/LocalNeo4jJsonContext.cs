using System.Text.Json.Serialization;

namespace InnoGraph.Neo4j.Local;

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(DetachedServerRecord))]
[JsonSerializable(typeof(RecordedPorts))]
internal sealed partial class LocalNeo4jJsonContext : JsonSerializerContext;
