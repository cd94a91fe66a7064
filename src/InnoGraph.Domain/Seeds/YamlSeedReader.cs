using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace InnoGraph.Domain.Seeds;

/// <summary>Reads seed YAML into <see cref="RawNode"/> trees that remember file, line and column.</summary>
public static class YamlSeedReader
{
    /// <summary>
    /// Parses one file's text; a syntax error becomes a problem, not an exception. The tree is built from
    /// the parser's events directly, without YamlDotNet's own node tree: one tree per file, not two.
    /// </summary>
    public static RawNode? Read(string relativeFile, string text, List<SeedProblem> problems)
    {
        var parser = new Parser(new StringReader(text));
        try
        {
            parser.Consume<StreamStart>();
            RawNode? root = null;
            if (parser.TryConsume<DocumentStart>(out _))
            {
                root = new EventReader(relativeFile, parser).Node();
                parser.Consume<DocumentEnd>();
            }

            // Later documents are ignored, as before, but still parsed, so their syntax errors are reported.
            while (parser.MoveNext())
            {
            }

            return root;
        }
        catch (YamlException e)
        {
            problems.Add(new SeedProblem(new SeedPosition(relativeFile, (int)e.Start.Line, (int)e.Start.Column), "(file)", $"not valid YAML: {Inner(e).Message}"));
            return null;
        }
    }

    private static Exception Inner(YamlException e) => e.InnerException is YamlException inner ? Inner(inner) : e;

    private sealed class EventReader(string file, IParser parser)
    {
        private readonly Dictionary<string, RawNode> _anchors = new(StringComparer.Ordinal);

        public RawNode Node()
        {
            if (parser.TryConsume<AnchorAlias>(out var alias))
            {
                return _anchors.TryGetValue(alias.Value.Value, out var target)
                    ? target
                    : throw new AnchorNotFoundException(alias.Start, alias.End, $"alias *{alias.Value} names no anchor before it");
            }

            var start = parser.Current!;
            RawNode node = start switch
            {
                Scalar scalar => Consumed(new RawScalar(Scalar(scalar))),
                SequenceStart => List(),
                MappingStart => Map(),
                _ => throw new YamlException(start.Start, start.End, $"unexpected {start.GetType().Name}"),
            };
            if (start is NodeEvent { Anchor.IsEmpty: false } anchored)
            {
                _anchors[anchored.Anchor.Value] = node;
            }

            return node;
        }

        private RawScalar Consumed(RawScalar scalar)
        {
            parser.MoveNext();
            return scalar;
        }

        private RawList List()
        {
            var at = Position(parser.Consume<SequenceStart>());
            var items = new List<RawNode>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                items.Add(Node());
            }

            return new RawList(items, at);
        }

        private RawMap Map()
        {
            var at = Position(parser.Consume<MappingStart>());
            var entries = new List<KeyValuePair<SeedValue, RawNode>>();
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var keyEvent = parser.Current!;
                var key = Node() is RawScalar scalar ? scalar.Value : new SeedValue("?", false, at);

                // A seed mapping has a handful of keys: a scan costs less than a set per mapping.
                if (keyEvent is Scalar && entries.Exists(e => e.Key.Text == key.Text))
                {
                    throw new YamlException(keyEvent.Start, keyEvent.End, "Duplicate key");
                }

                entries.Add(new KeyValuePair<SeedValue, RawNode>(key, Node()));
            }

            return new RawMap(entries, at);
        }

        private SeedValue Scalar(Scalar scalar) =>
            new(scalar.Value, scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted, Position(scalar));

        private SeedPosition Position(ParsingEvent e) => new(file, (int)e.Start.Line, (int)e.Start.Column);
    }
}
