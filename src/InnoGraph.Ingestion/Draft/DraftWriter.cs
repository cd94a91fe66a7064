using System.Globalization;
using System.Text;
using InnoGraph.Ingestion.Facts;

namespace InnoGraph.Ingestion.Draft;

/// <summary>
/// Writes an <see cref="IngestResult"/> as a seed file: the source, new entities, mentions of known
/// ones, relations and observations, each ordered by confidence and preceded by a comment with its
/// confidence, method and span (<c>[start,end)</c> in the original line of its paragraph). A proposal
/// that needs a decision carries a <c>review:</c> field, which no seed file admits: the file does not
/// validate until the reviewer has decided and deleted every one.
/// </summary>
public static partial class DraftWriter
{
    public const string ReviewField = "review";

    public static string Write(IngestResult result)
    {
        var yaml = new StringBuilder();
        var source = result.Source;
        yaml.AppendLine("# yaml-language-server: $schema=schema/seed.schema.json");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"# Draft of {source.Id} from `innograph ingest`: proposals ordered by confidence, each with its locator,");
        yaml.AppendLine("# its span [start,end) in the original line of that paragraph, its method and confidence.");
        yaml.AppendLine("# Entries with `review:` need a decision: decide, delete the field, move the file into seeds/ and run `innograph validate`.");
        yaml.AppendLine("sources:");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"  - id: {source.Id}");
        yaml.AppendLine("    kind: document");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"    file: {Quote(source.File)}");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"    title: {Quote(source.Title ?? Path.GetFileNameWithoutExtension(source.File))}");
        if (source.Date is not null)
        {
            yaml.AppendLine(CultureInfo.InvariantCulture, $"    date: {source.Date}");
        }

        if (source.City is not null)
        {
            if (source.CityFromTitle)
            {
                yaml.AppendLine("    # city: the region the title begins with, as no --city was given; if the document speaks for another, ingest again with --city.");
            }

            yaml.AppendLine(CultureInfo.InvariantCulture, $"    city: {source.City}");
        }

        yaml.AppendLine(CultureInfo.InvariantCulture, $"    script: {source.Script}");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"    paragraphs: {source.Paragraphs}");

        var fresh = result.Entities.Where(e => e.IsNew).ToList();
        if (fresh.Count > 0)
        {
            yaml.AppendLine().AppendLine("entities:");
            foreach (var entity in fresh)
            {
                yaml.AppendLine(CultureInfo.InvariantCulture, $"  # {Describe(entity.Confidence, entity.Evidence[0])}");
                yaml.AppendLine(CultureInfo.InvariantCulture, $"  - id: {entity.Id}");
                yaml.AppendLine(CultureInfo.InvariantCulture, $"    kind: {entity.Kind}");
                yaml.AppendLine(CultureInfo.InvariantCulture, $"    name: {Quote(entity.Name)}");
                if (entity.Properties.Count > 0)
                {
                    yaml.AppendLine(CultureInfo.InvariantCulture, $"    props: {Map(entity.Properties)}");
                }

                yaml.AppendLine(CultureInfo.InvariantCulture, $"    at: {Locators(entity.Evidence)}");
                if (entity.Review is not null)
                {
                    yaml.AppendLine(CultureInfo.InvariantCulture, $"    {ReviewField}: {Quote(entity.Review)}");
                }
            }
        }

        var known = result.Entities.Where(e => !e.IsNew).ToList();
        if (known.Count > 0)
        {
            yaml.AppendLine().AppendLine("mentions:");
            foreach (var entity in known)
            {
                var review = ReviewSuffix(entity.Review);
                yaml.AppendLine(CultureInfo.InvariantCulture, $"  # {entity.Name}: {Describe(entity.Confidence, entity.Evidence[0])}");
                yaml.AppendLine(CultureInfo.InvariantCulture, $"  - {{ entity: {entity.Id}, at: {Locators(entity.Evidence)}{review} }}");
            }
        }

        if (result.Relations.Count > 0)
        {
            yaml.AppendLine().AppendLine("relations:");
            foreach (var relation in result.Relations)
            {
                var props = relation.Properties.Count > 0 ? $", props: {Map(relation.Properties)}" : "";
                var review = ReviewSuffix(relation.Review);
                yaml.AppendLine(CultureInfo.InvariantCulture, $"  # {Describe(relation.Confidence, relation.Evidence)}");
                yaml.AppendLine(CultureInfo.InvariantCulture, $"  {Known(relation.Known)}- {{ from: {relation.From}, type: {relation.TypeName}, to: {relation.To}{props}, at: [{relation.Evidence.Locator}]{review} }}");
            }
        }

        if (result.Observations.Count > 0)
        {
            yaml.AppendLine().AppendLine("observations:");
            foreach (var o in result.Observations)
            {
                var extra = (o.Qualifier is null ? "" : $", qualifier: {o.Qualifier}") + (o.Scope is null ? "" : $", scope: {o.Scope}")
                    + ReviewSuffix(o.Review);
                yaml.AppendLine(CultureInfo.InvariantCulture, $"  # {Describe(o.Confidence, o.Evidence)}");
                yaml.AppendLine(CultureInfo.InvariantCulture,
                    $"  {Known(o.Known)}- {{ region: {o.Region}, indicator: {o.Indicator}, year: {o.Year}, value: {o.Value.ToString(CultureInfo.InvariantCulture)}, unit: {Quote(o.Unit)}, status: {o.Status}{extra}, at: [{o.Evidence.Locator}] }}");
            }
        }

        return yaml.ToString();
    }

    /// <summary>A relation the seeds have already is left commented out: add its locator to the seed's own entry instead.</summary>
    private static string Known(bool known) => known ? "# already in the seeds, add the locator there: " : "";

    private static string Describe(double confidence, Evidence evidence) =>
        string.Create(CultureInfo.InvariantCulture, $"{confidence:0.00} {evidence.Method} {evidence.Locator} [{evidence.Start},{evidence.End})");

    private static string Locators(IEnumerable<Evidence> evidence) =>
        "[" + string.Join(", ", evidence.Select(e => e.Locator).Distinct()) + "]";

    private static string Map(IReadOnlyDictionary<string, object> properties) =>
        "{ " + string.Join(", ", properties.Select(p => $"{p.Key}: {Value(p.Value)}")) + " }";

    private static string Value(object value) => value switch
    {
        bool b => b ? "true" : "false",
        long or int or decimal or double => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        _ => Quote(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };

    /// <summary>The draft with every review mark deleted: what a reviewer who accepts every proposal as it stands leaves.</summary>
    public static string AcceptAll(string draft) =>
        ReviewLine().Replace(ReviewInline().Replace(draft, ""), "");

    [System.Text.RegularExpressions.GeneratedRegex(@"^    review: "".*""\r?\n", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex ReviewLine();

    [System.Text.RegularExpressions.GeneratedRegex(@", review: ""(?:[^""\\]|\\.)*""")]
    private static partial System.Text.RegularExpressions.Regex ReviewInline();

    /// <summary>A YAML double-quoted scalar.</summary>
    /// <summary>The review mark of an entry written on one line; nothing when no decision is open.</summary>
    private static string ReviewSuffix(string? review) => review is null ? "" : $", {ReviewField}: {Quote(review)}";

    public static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
