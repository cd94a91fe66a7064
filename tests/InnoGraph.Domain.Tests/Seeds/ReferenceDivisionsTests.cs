using InnoGraph.Domain.Model;
using InnoGraph.Domain.Seeds;
using InnoGraph.Testing;

namespace InnoGraph.Domain.Tests.Seeds;

public sealed class ReferenceDivisionsTests
{
    private static readonly SeedDataset Seeds = SeedCompiler.CompileDirectory(RepositoryPaths.Seeds).Dataset!;

    private static readonly Dictionary<string, GraphEntity> ByCode = Seeds.Entities
        .Where(e => e.Kind == EntityKind.Region && e.Properties.ContainsKey("divisionCode"))
        .ToDictionary(e => (string)e.Properties["divisionCode"], StringComparer.Ordinal);

    [Fact]
    public void every_province_and_prefecture_of_the_country_and_every_county_of_zhejiang_is_a_region()
    {
        ByCode.Keys.Count(c => c.EndsWith("0000", StringComparison.Ordinal)).Should().Be(31, "31 provinces, autonomous regions and municipalities");
        ByCode.Keys.Count(c => !c.EndsWith("0000", StringComparison.Ordinal) && c.EndsWith("00", StringComparison.Ordinal)).Should().BeGreaterThanOrEqualTo(333, "every prefecture-level division");
        ByCode.Keys.Count(c => c.StartsWith("33", StringComparison.Ordinal) && !c.EndsWith("00", StringComparison.Ordinal)).Should().Be(90, "Zhejiang's county-level divisions");
        ByCode["330300"].Name.Should().Be("温州市");
        ByCode["330300"].Aliases.Select(a => a.Text).Should().Contain("温州");
    }

    [Fact]
    public void each_division_is_part_of_the_division_its_code_names_and_of_no_other()
    {
        var parents = Seeds.Relations.Where(r => r.Type == RelationType.PartOf).ToLookup(r => r.From, r => r.To);
        var ids = ByCode.ToDictionary(p => p.Value.Id, p => p.Key, StringComparer.Ordinal);
        foreach (var (code, region) in ByCode)
        {
            var divisionParents = parents[region.Id].Where(ids.ContainsKey).Select(p => ids[p]).ToList();
            if (code.EndsWith("0000", StringComparison.Ordinal))
            {
                parents[region.Id].Should().Equal(["region.china"], region.Name);
                continue;
            }

            // A division of a municipality has no prefecture level between it and the municipality.
            var prefecture = code.EndsWith("00", StringComparison.Ordinal) ? null : code[..4] + "00";
            var expected = prefecture is not null && ByCode.ContainsKey(prefecture) ? prefecture : code[..2] + "0000";
            divisionParents.Should().Equal([expected], $"{region.Name} ({code})");
        }
    }

    [Fact]
    public void no_short_name_of_a_division_names_another_entity()
    {
        var owners = Seeds.Entities
            .SelectMany(e => e.Aliases.Select(a => a.Text).Append(e.Name).Distinct().Select(n => (Name: n, e.Id)))
            .GroupBy(x => x.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Id).Distinct().ToList(), StringComparer.Ordinal);

        foreach (var region in ByCode.Values)
        {
            foreach (var alias in region.Aliases.Where(a => a.Script == Scripts.Simplified))
            {
                owners[alias.Text].Should().Equal([region.Id], $"the short name {alias.Text} of {region.Name}");
            }
        }
    }
}
