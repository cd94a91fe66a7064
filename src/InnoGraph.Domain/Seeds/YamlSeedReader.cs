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

    /// <summary>
    /// Reads one file's sections an item at a time, handing each item to <paramref name="sections"/> as soon as it is
    /// parsed: only one item's tree exists at a time. A syntax error becomes the file's only problem (what was read
    /// before it is the caller's to drop); false then.
    /// </summary>
    internal static bool ReadSections(string relativeFile, TextReader text, List<SeedProblem> problems, SeedSectionReader sections)
    {
        var parser = new Parser(text);
        try
        {
            parser.Consume<StreamStart>();
            if (parser.TryConsume<DocumentStart>(out _))
            {
                var reader = new EventReader(relativeFile, parser);
                if (parser.Current is MappingStart { Anchor.IsEmpty: true })
                {
                    ReadSectionMap(parser, reader, sections);
                }
                else
                {
                    sections.ReadNotAMap(reader.Node());
                }

                parser.Consume<DocumentEnd>();
            }

            // Later documents are ignored, as before, but still parsed, so their syntax errors are reported.
            while (parser.MoveNext())
            {
            }

            return true;
        }
        catch (YamlException e)
        {
            problems.Clear();
            problems.Add(new SeedProblem(new SeedPosition(relativeFile, (int)e.Start.Line, (int)e.Start.Column), "(file)", $"not valid YAML: {Inner(e).Message}"));
            return false;
        }
    }

    private static void ReadSectionMap(IParser parser, EventReader reader, SeedSectionReader sections)
    {
        var at = parser.Consume<MappingStart>();
        var keys = new List<string>();
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var keyEvent = parser.Current!;
            var key = reader.Node() is RawScalar scalar ? scalar.Value : new SeedValue("?", false, new SeedPosition("", (int)at.Start.Line, (int)at.Start.Column));
            if (keyEvent is Scalar && keys.Contains(key.Text))
            {
                throw new YamlException(keyEvent.Start, keyEvent.End, "Duplicate key");
            }

            keys.Add(key.Text);
            if (!SeedSectionReader.Sections.Contains(key.Text))
            {
                sections.UnknownSection(key);
                reader.Node();
            }
            else if (parser.Current is SequenceStart { Anchor.IsEmpty: true })
            {
                parser.MoveNext();
                for (var i = 0; !parser.TryConsume<SequenceEnd>(out _); i++)
                {
                    sections.ReadItem(key.Text, i, reader.Node());
                }
            }
            else
            {
                sections.ReadSection(key.Text, reader.Node());
            }
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
