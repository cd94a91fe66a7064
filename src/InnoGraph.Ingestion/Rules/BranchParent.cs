using InnoGraph.Domain.Model;

namespace InnoGraph.Ingestion.Rules;

/// <summary>
/// A branch at a place named after its parent (某某研究院江南分院): the text names the parent too. The parent
/// serves from where it stands, which the branch's text does not say, so it is not placed by the document.
/// </summary>
public static class BranchParent
{
    public const string Method = "branch-parent";
    private const string Branch = "分院";

    /// <summary>The parent's name and kind at the start of <paramref name="name"/>, or null when the name is no branch at a place of a named parent.</summary>
    public static (string Name, EntityKind Kind)? Of(string name, Func<string, bool> isPlace)
    {
        if (!name.EndsWith(Branch, StringComparison.Ordinal))
        {
            return null;
        }

        var beforeBranch = name[..^Branch.Length];
        for (var cut = 4; cut <= beforeBranch.Length - 2; cut++)
        {
            var parent = beforeBranch[..cut];
            if (isPlace(beforeBranch[cut..]) && OrganisationSuffixes.Of(parent, unitContext: false) is { Kind: EntityKind.Institute or EntityKind.Academy or EntityKind.University } kind
                && parent.Length - kind.Length >= 2)
            {
                return (parent, kind.Kind);
            }
        }

        return null;
    }
}
