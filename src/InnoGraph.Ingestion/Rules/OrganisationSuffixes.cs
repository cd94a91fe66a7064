using InnoGraph.Domain.Model;

namespace InnoGraph.Ingestion.Rules;

/// <summary>
/// What the end of a name says about its kind: 研究院 an institute, 实验室 a laboratory, 高新区 and
/// 产业基地 a park (an industrial base is an area, where another 基地 is a platform), 局 a government body ... The longest suffix that fits decides. One-character suffixes
/// (局, 委, 办, 部) end ordinary words too (布局, 格局), so they count only where a name is expected:
/// in a list of units, or after a place (市, 县, a city's name).
/// </summary>
public static class OrganisationSuffixes
{
    private static readonly (string Suffix, EntityKind Kind)[] Table =
    [
        ("联合研究中心", EntityKind.Platform), ("工程技术研究中心", EntityKind.RdCentre), ("企业研究院", EntityKind.RdCentre), ("研发中心", EntityKind.RdCentre), ("技术中心", EntityKind.RdCentre),
        ("研究院", EntityKind.Institute), ("研究所", EntityKind.Institute), ("分院", EntityKind.Institute), ("研究中心", EntityKind.Institute),
        ("科学院", EntityKind.Academy), ("实验室", EntityKind.Laboratory),
        ("大学", EntityKind.University), ("学院", EntityKind.University),
        ("高新区", EntityKind.Park), ("开发区", EntityKind.Park), ("产业园", EntityKind.Park), ("产业基地", EntityKind.Park), ("园区", EntityKind.Park), ("科技城", EntityKind.Park), ("新城", EntityKind.Park), ("商务区", EntityKind.Park), ("新区", EntityKind.Park), ("海创园", EntityKind.Park),
        ("创新中心", EntityKind.Platform), ("孵化器", EntityKind.Platform), ("孵化园", EntityKind.Platform), ("创新港", EntityKind.Platform), ("孵化港", EntityKind.Platform), ("科创园", EntityKind.Platform), ("创新园", EntityKind.Platform), ("众创空间", EntityKind.Platform), ("创客空间", EntityKind.Platform), ("创空间", EntityKind.Platform), ("平台", EntityKind.Platform), ("大走廊", EntityKind.Platform), ("基地", EntityKind.Platform), ("综合体", EntityKind.Platform),
        ("委员会", EntityKind.GovernmentBody), ("办公室", EntityKind.GovernmentBody), ("人民政府", EntityKind.GovernmentBody), ("政府", EntityKind.GovernmentBody),
        ("法院", EntityKind.GovernmentBody), ("检察院", EntityKind.GovernmentBody), ("支行", EntityKind.GovernmentBody), ("分局", EntityKind.GovernmentBody), ("科协", EntityKind.GovernmentBody),
        ("科学技术协会", EntityKind.GovernmentBody), ("协会", EntityKind.Organisation), ("联盟", EntityKind.Organisation), ("商会", EntityKind.Organisation),
        ("引导基金", EntityKind.Fund), ("基金", EntityKind.Fund), ("集团", EntityKind.Enterprise), ("公司", EntityKind.Enterprise),
        ("行动计划", EntityKind.Plan), ("计划", EntityKind.Programme), ("工程", EntityKind.Programme), ("券", EntityKind.Programme),
        ("领军企业", EntityKind.Designation), ("试验区", EntityKind.Designation), ("示范区", EntityKind.Designation), ("试点城市", EntityKind.Designation),
    ];

    private static readonly (string Suffix, EntityKind Kind)[] UnitTable =
    [
        ("局", EntityKind.GovernmentBody), ("委", EntityKind.GovernmentBody), ("办", EntityKind.GovernmentBody), ("部", EntityKind.GovernmentBody), ("厅", EntityKind.GovernmentBody), ("行", EntityKind.GovernmentBody),
    ];

    /// <summary>The kind a name ending this way has, and the suffix's length; null when no suffix fits.</summary>
    public static (EntityKind Kind, int Length)? Of(string name, bool unitContext)
    {
        foreach (var (suffix, kind) in Table)
        {
            if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return (BranchOf(name, suffix) ?? kind, suffix.Length);
            }
        }

        if (unitContext)
        {
            foreach (var (suffix, kind) in UnitTable)
            {
                if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal))
                {
                    return (kind, suffix.Length);
                }
            }
        }

        return null;
    }

    /// <summary>A branch (分院) right after a university's name is the university's (某大学某学院分院): null for any other name.</summary>
    private static EntityKind? BranchOf(string name, string suffix) =>
        suffix == "分院" && Of(name[..^suffix.Length], unitContext: false) is { Kind: EntityKind.University } parent ? parent.Kind : null;

    /// <summary>Whether the words are a suffix of the table and nothing more (研究中心, 实验室).</summary>
    public static bool IsSuffix(string words) => Table.Any(t => t.Suffix == words);

    /// <summary>Suffixes that end a unit's name, where a compound such as 市委组织部市委人才办 splits.</summary>
    public static readonly string[] UnitEnds = ["委员会", "办公室", "政府", "局", "委", "办", "部", "厅", "院", "行", "会", "协"];
}
