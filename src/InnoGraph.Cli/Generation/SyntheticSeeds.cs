using System.Text;
using InnoGraph.Domain.Model;
using InnoGraph.Domain.Seeds;

namespace InnoGraph.Cli.Generation;

/// <summary>
/// Writes a seed folder for benchmarks: a copy of the seeds plus <c>synthetic/</c> with N entities
/// and their relations in the seeds' proportions (<see cref="SeedProportions"/>), all cited to one
/// reference source. The same options give the same files, byte for byte.
/// </summary>
/// <remarks>
/// Synthetic entities are named after a seed entity of their kind with their number appended
/// (清华大学17), so they look like the seeds to search and look-ups while every name and alias of
/// the seeds keeps its one entity. Synthetic relations join synthetic entities only: a query about
/// a seed entity has the same answer at every size, and only the graph around it grows.
/// </remarks>
public static class SyntheticSeeds
{
    /// <summary>The reference source every synthetic fact cites.</summary>
    public const string SourceId = "ref-synthetic";

    /// <summary>The folder, below the output, that holds the synthetic files.</summary>
    public const string Folder = "synthetic";

    /// <summary>A file in the output folder that marks it as generated, so a later run may replace it.</summary>
    public const string Marker = ".synthetic-seeds";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static SyntheticSeedSummary Generate(SyntheticSeedOptions options, SeedDataset seeds)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.Entities);
        PrepareOutput(options.OutputFolder);
        var files = CopySeeds(options.SeedFolder, options.OutputFolder);
        File.WriteAllText(Path.Combine(options.OutputFolder, Marker), $"entities={options.Entities} seed={options.RandomSeed}\n", Utf8);
        if (options.Entities == 0)
        {
            return new SyntheticSeedSummary(0, 0, files);
        }

        var proportions = SeedProportions.Of(seeds.Entities, seeds.Relations);
        var random = new Random(options.RandomSeed);
        var layout = new Layout(proportions.Allocate(options.Entities));
        var folder = Path.Combine(options.OutputFolder, Folder);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "sources.yaml"), $"""
            # Generated for benchmarks ('innograph generate'); never committed.
            sources:
              - id: {SourceId}
                kind: reference
                title: 合成数据
                titleEn: Synthetic entities and relations for benchmarks

            """, Utf8);
        files++;
        files += WriteChunks(folder, "entities", "entities", Entities(layout, proportions, random), options.EntitiesPerFile, out var entities);
        files += WriteChunks(folder, "relations", "relations", Relations(layout, proportions, random, (int)Math.Round(options.Entities * (options.RelationsPerEntity ?? proportions.RelationsPerEntity))), options.RelationsPerFile, out var relations);
        return new SyntheticSeedSummary(entities, relations, files);
    }

    /// <summary>The id of the synthetic entity number <paramref name="number"/> of kind <paramref name="kind"/>.</summary>
    public static string Id(EntityKind kind, int number) => $"{EntityKinds.Of(kind).IdPrefix}.syn-{number}";

    private static void PrepareOutput(string output)
    {
        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any())
        {
            if (!File.Exists(Path.Combine(output, Marker)))
            {
                throw new IOException($"{output} is not empty and was not written by 'innograph generate': give an empty or new folder.");
            }

            Directory.Delete(output, recursive: true);
        }

        Directory.CreateDirectory(output);
    }

    private static int CopySeeds(string seedFolder, string output)
    {
        var count = 0;
        foreach (var file in Directory.EnumerateFiles(seedFolder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(seedFolder, file);
            var target = Path.Combine(output, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
            count += file.EndsWith(".yaml", StringComparison.Ordinal) ? 1 : 0;
        }

        return count;
    }

    private static IEnumerable<string> Entities(Layout layout, SeedProportions proportions, Random random)
    {
        foreach (var (kind, start, count) in layout.Ranges)
        {
            var templates = proportions.EntityTemplates[kind];
            for (var number = start; number < start + count; number++)
            {
                var template = templates[random.Next(templates.Count)];
                var line = new StringBuilder(256)
                    .Append("  - { id: ").Append(Id(kind, number))
                    .Append(", kind: ").Append(kind)
                    .Append(", name: ").Append(YamlScalars.Quote($"{template.Name}{number}"));
                if (template.NameEn is { } en)
                {
                    line.Append(", en: ").Append(YamlScalars.Quote($"{en} {number}"));
                }

                if (template.Aliases.Count > 0)
                {
                    line.Append(", aliases: [")
                        .AppendJoin(", ", template.Aliases.Select(a => $"{{ name: {YamlScalars.Quote($"{a.Text}{number}")}, script: {a.Script} }}"))
                        .Append(']');
                }

                var properties = template.Properties.Where(p => p.Key != LocationRule.UnknownProperty).ToList();
                if (properties.Count > 0)
                {
                    line.Append(", props: ").Append(YamlScalars.Map(properties));
                }

                yield return line.Append(", at: [").Append(SourceId).Append(":e").Append(number).Append("] }").ToString();
            }
        }
    }

    private static IEnumerable<string> Relations(Layout layout, SeedProportions proportions, Random random, int target)
    {
        var seen = new HashSet<long>();
        var number = 0;
        if (layout.Count(EntityKind.Region) > 0)
        {
            foreach (var (kind, start, count) in layout.Ranges.Where(r => LocationRule.Applies(r.Kind)))
            {
                for (var from = start; from < start + count; from++)
                {
                    var to = layout.Pick(EntityKind.Region, random);
                    seen.Add(Key(from, RelationType.LocatedIn, to));
                    yield return Line(Id(kind, from), RelationType.LocatedIn, Id(EntityKind.Region, to), EmptyProperties, number++);
                }
            }
        }

        var templates = proportions.RelationTemplates.Where(t => layout.Count(t.From) > 0 && layout.Count(t.To) > 0).ToList();
        for (var attempts = 0; number < target && templates.Count > 0 && attempts < target * 4; attempts++)
        {
            var template = templates[random.Next(templates.Count)];
            var from = layout.Pick(template.From, random);
            var to = layout.Pick(template.To, random);
            if (from != to && seen.Add(Key(from, template.Type, to)))
            {
                yield return Line(Id(template.From, from), template.Type, Id(template.To, to), template.Properties, number++);
            }
        }
    }

    private static readonly IReadOnlyDictionary<string, object> EmptyProperties = new Dictionary<string, object>();

    private static long Key(int from, RelationType type, int to) => ((long)from << 32 | (uint)to) * 32 + (int)type;

    private static string Line(string from, RelationType type, string to, IReadOnlyDictionary<string, object> properties, int number)
    {
        var props = properties.Count > 0 ? $", props: {YamlScalars.Map(properties)}" : "";
        return $"  - {{ from: {from}, type: {RelationTypes.Of(type).Name}, to: {to}{props}, at: [{SourceId}:r{number}] }}";
    }

    private static int WriteChunks(string folder, string prefix, string section, IEnumerable<string> lines, int perFile, out int written)
    {
        written = 0;
        var files = 0;
        StreamWriter? writer = null;
        try
        {
            foreach (var line in lines)
            {
                if (written % perFile == 0)
                {
                    writer?.Dispose();
                    writer = new StreamWriter(Path.Combine(folder, $"{prefix}-{files:D4}.yaml"), append: false, Utf8);
                    writer.Write($"# Generated for benchmarks ('innograph generate'); never committed.\n{section}:\n");
                    files++;
                }

                writer!.Write(line);
                writer.Write('\n');
                written++;
            }
        }
        finally
        {
            writer?.Dispose();
        }

        return files;
    }

    /// <summary>Synthetic entities numbered kind after kind: each kind holds one range of numbers.</summary>
    private sealed class Layout
    {
        public Layout(IReadOnlyList<(EntityKind Kind, int Count)> counts)
        {
            var start = 0;
            Ranges = [.. counts.Select(c => { var range = (c.Kind, start, c.Count); start += c.Count; return range; })];
        }

        public IReadOnlyList<(EntityKind Kind, int Start, int Count)> Ranges { get; }

        public int Count(EntityKind kind) => Ranges.FirstOrDefault(r => r.Kind == kind).Count;

        public int Pick(EntityKind kind, Random random)
        {
            var range = Ranges.First(r => r.Kind == kind);
            return range.Start + random.Next(range.Count);
        }
    }
}
