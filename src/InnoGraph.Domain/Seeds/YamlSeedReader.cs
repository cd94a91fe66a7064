using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace InnoGraph.Domain.Seeds;

/// <summary>Reads seed YAML into <see cref="RawNode"/> trees that remember file, line and column.</summary>
public static class YamlSeedReader
{
    /// <summary>Parses one file's text; a syntax error becomes a problem, not an exception.</summary>
    public static RawNode? Read(string relativeFile, string text, List<SeedProblem> problems)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            problems.Add(new SeedProblem(new SeedPosition(relativeFile, (int)e.Start.Line, (int)e.Start.Column), "(file)", $"not valid YAML: {Inner(e).Message}"));
            return null;
        }

        return stream.Documents.Count == 0 ? null : Convert(relativeFile, stream.Documents[0].RootNode);
    }

    private static Exception Inner(YamlException e) => e.InnerException is YamlException inner ? Inner(inner) : e;

    private static RawNode Convert(string file, YamlNode node)
    {
        var at = new SeedPosition(file, (int)node.Start.Line, (int)node.Start.Column);
        return node switch
        {
            YamlScalarNode scalar => new RawScalar(Scalar(file, scalar)),
            YamlSequenceNode list => new RawList(list.Children.Select(c => Convert(file, c)).ToList(), at),
            YamlMappingNode map => new RawMap(map.Children.Select(c => new KeyValuePair<SeedValue, RawNode>(
                c.Key is YamlScalarNode key ? Scalar(file, key) : new SeedValue("?", false, at), Convert(file, c.Value))).ToList(), at),
            _ => new RawScalar(new SeedValue("", false, at)),
        };
    }

    private static SeedValue Scalar(string file, YamlScalarNode scalar) =>
        new(scalar.Value ?? "", scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted,
            new SeedPosition(file, (int)scalar.Start.Line, (int)scalar.Start.Column));
}
