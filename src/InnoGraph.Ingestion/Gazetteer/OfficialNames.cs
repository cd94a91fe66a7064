namespace InnoGraph.Ingestion.Gazetteer;

/// <summary>
/// The official name of a local body that a document names by its short form, after the standard
/// names of Chinese municipal and county departments: 市科技局 → 青山市科学技术局, 市委人才办 →
/// 中共青山市委人才工作领导小组办公室, 团市委 → 共青团青山市委员会, 人行青山市中心支行 → 中国人民银行青山市中心支行.
/// The place is the document's city; a department the table does not know keeps its words after it,
/// and a name written with the city's short name that the table does not know is kept as written.
/// </summary>
public static class OfficialNames
{
    /// <summary>Government departments, commissions and people's organisations: short form → the words after the place.</summary>
    private static readonly Dictionary<string, string> Departments = new(StringComparer.Ordinal)
    {
        ["科技局"] = "科学技术局",
        ["科技厅"] = "科学技术厅",
        ["经信厅"] = "经济和信息化厅",
        ["人力社保厅"] = "人力资源和社会保障厅",
        ["教育厅"] = "教育厅",
        ["财政厅"] = "财政厅",
        ["商务厅"] = "商务厅",
        ["发改委"] = "发展和改革委员会",
        ["发展改革委"] = "发展和改革委员会",
        ["发改局"] = "发展和改革局",
        ["发展改革局"] = "发展和改革局",
        ["经信局"] = "经济和信息化局",
        ["经信委"] = "经济和信息化委员会",
        ["人力社保局"] = "人力资源和社会保障局",
        ["人社局"] = "人力资源和社会保障局",
        ["市场监管局"] = "市场监督管理局",
        ["卫健委"] = "卫生健康委员会",
        ["卫健局"] = "卫生健康局",
        ["住建局"] = "住房和城乡建设局",
        ["文广旅游局"] = "文化广电旅游局",
        ["文广旅局"] = "文化广电旅游局",
        ["文旅局"] = "文化和旅游局",
        ["资规局"] = "自然资源和规划局",
        ["自然资源规划局"] = "自然资源和规划局",
        ["交通局"] = "交通运输局",
        ["农业局"] = "农业农村局",
        ["环保局"] = "生态环境局",
        ["应急局"] = "应急管理局",
        ["医保局"] = "医疗保障局",
        ["退役军人局"] = "退役军人事务局",
        ["大数据局"] = "大数据发展管理局",
        ["数据局"] = "数据资源管理局",
        ["国资委"] = "人民政府国有资产监督管理委员会",
        ["金融办"] = "人民政府金融工作办公室",
        ["政府办"] = "人民政府办公室",
        ["府办"] = "人民政府办公室",
        ["政府办公室"] = "人民政府办公室",
        ["政府"] = "人民政府",
        ["外办"] = "人民政府外事办公室",
        ["科协"] = "科学技术协会",
        ["侨联"] = "归国华侨联合会",
        ["妇联"] = "妇女联合会",
        ["残联"] = "残疾人联合会",
        ["工商联"] = "工商业联合会",
        ["检察院"] = "人民检察院",
        ["监委"] = "监察委员会",
        ["纪委"] = "纪律检查委员会",
        ["人大常委会"] = "人民代表大会常务委员会",
    };

    /// <summary>Departments of the party committee (市委…): short form → the words after 中共…委.</summary>
    private static readonly Dictionary<string, string> PartyDepartments = new(StringComparer.Ordinal)
    {
        ["组织部"] = "组织部",
        ["宣传部"] = "宣传部",
        ["统战部"] = "统一战线工作部",
        ["政法委"] = "政法委员会",
        ["人才办"] = "人才工作领导小组办公室",
        ["科技委"] = "科技创新委员会",
        ["编办"] = "机构编制委员会办公室",
        ["网信办"] = "网络安全和信息化委员会办公室",
        ["金融办"] = "金融委员会办公室",
        ["办公室"] = "办公室",
    };

    /// <summary>
    /// The official name of <paramref name="written"/> in <paramref name="city"/>'s documents, or null
    /// when it is not a short form of a local body (nothing to expand); a district's bodies have
    /// <paramref name="cityAbove"/> before the district's name (舟山市定海区财政局, 国家税务总局舟山市定海区税务局).
    /// </summary>
    public static string? Of(string written, DocumentCity city, string? cityAbove = null)
    {
        var c = cityAbove + city.Name;
        if (written is "团市委" or "团县委" or "团区委")
        {
            return $"共青团{c}委员会";
        }

        if (Branch(written, "人行", "中心支行", city) is { } bank)
        {
            return $"中国人民银行{bank}中心支行";
        }

        if (Branch(written, "人民银行", "分行", city) is { } branch)
        {
            return $"中国人民银行{branch}分行";
        }

        if (Branch(written, "", "银保监分局", city) is { } supervisor && written.Length > "银保监分局".Length)
        {
            return $"中国银行保险监督管理委员会{DocumentCity.ShortOf(supervisor)}监管分局";
        }

        if (Rest(written, city) is not { } rest)
        {
            return null;
        }

        return rest switch
        {
            "委" => $"中共{c}委员会",
            _ when rest.StartsWith('委') && rest.Length > 1 => $"中共{c}委{PartyDepartments.GetValueOrDefault(rest[1..], rest[1..])}",
            "法院" => c + (city.IsCounty ? "人民法院" : "中级人民法院"),
            "政协" => $"中国人民政治协商会议{c}委员会",
            "政协办公室" or "政协办" => $"中国人民政治协商会议{c}委员会办公室",
            "税务局" => $"国家税务总局{c}税务局",
            _ when Departments.TryGetValue(rest, out var department) => c + department,
            _ when IsWrittenWithShortName(written, city) => written,
            _ => c + rest,
        };
    }

    /// <summary>
    /// <paramref name="written"/> as <paramref name="county"/>'s department (龙湾区政府, 龙湾区人民政府, 龙湾区科技局) by its official
    /// words, after <paramref name="city"/> for a district's; null when the words after the county's name are no department.
    /// </summary>
    public static string? OfCounty(string written, string county, string? city)
    {
        var rest = written[county.Length..];
        var department = Departments.GetValueOrDefault(rest) ?? (Departments.ContainsValue(rest) ? rest : null);
        return department is null ? null : city + county + department;
    }

    /// <summary>
    /// 省委省政府, 市委市政府, 县委县政府, 区委区政府: the party committee and the government of one
    /// place named together; each occurrence as the span of the committee's short form (市委) and the
    /// government's (市政府).
    /// </summary>
    public static IEnumerable<(int Start, int Split, int End)> JointLeadership(string text)
    {
        for (var i = text.IndexOf("委", StringComparison.Ordinal); i > 0; i = text.IndexOf("委", i + 1, StringComparison.Ordinal))
        {
            var level = text[i - 1];
            if (level is '省' or '市' or '县' or '区' && i + 4 <= text.Length && text[i + 1] == level && text.AsSpan(i + 2, 2).SequenceEqual("政府"))
            {
                yield return (i - 1, i + 1, i + 4);
            }
        }
    }

    /// <summary>
    /// A province's department by its short form in running text (争取省科技厅支持): the spans of 省 and a department of a province
    /// (…厅) the table knows, named by <see cref="Of"/> with the province.
    /// </summary>
    public static IEnumerable<(int Start, int End)> ProvincialDepartments(string text)
    {
        foreach (var department in Departments.Keys.Where(k => k.EndsWith('厅')))
        {
            for (var at = text.IndexOf("省" + department, StringComparison.Ordinal); at >= 0; at = text.IndexOf("省" + department, at + 1, StringComparison.Ordinal))
            {
                yield return (at, at + 1 + department.Length);
            }
        }
    }

    /// <summary>A body's name with the standard short form of its kind written out: 某某开发区管委会 → 某某开发区管理委员会.</summary>
    public static string WithFullSuffix(string name) =>
        name.EndsWith(ManagementCommittee.Short, StringComparison.Ordinal) ? name[..^ManagementCommittee.Short.Length] + ManagementCommittee.Full : name;

    private static readonly (string Short, string Full) ManagementCommittee = ("管委会", "管理委员会");

    /// <summary>县市、区 is 县(市、区) with its brackets lost: 有关县市、区政府 is the official 有关县(市、区)政府.</summary>
    public static string Bracketed(string name) => name.Replace("县市、区", "县(市、区)", StringComparison.Ordinal);

    /// <summary>
    /// 青山某某 with the city's short name and words the table does not know: a name of its own (a
    /// military subdistrict, 青山军分区), not a department's short form, and kept as written.
    /// </summary>
    private static bool IsWrittenWithShortName(string written, DocumentCity city) =>
        city.ShortName != city.Name && written.StartsWith(city.ShortName, StringComparison.Ordinal) && !written.StartsWith(city.Name, StringComparison.Ordinal);

    /// <summary>The words after the place: 市科技局, 青山市科技局 and 青山科技局 all give 科技局; null for a name that does not begin with the document's place.</summary>
    private static string? Rest(string written, DocumentCity city)
    {
        foreach (var place in new[] { city.Name, city.ShortName, city.Name[^1..] })
        {
            if (written.Length > place.Length && written.StartsWith(place, StringComparison.Ordinal) && written[place.Length] != '场')
            {
                return written[place.Length..];
            }
        }

        return null;
    }

    /// <summary>The place a branch's name carries between <paramref name="before"/> and <paramref name="after"/> (人行青山市中心支行), the city for 市 or nothing.</summary>
    private static string? Branch(string written, string before, string after, DocumentCity city)
    {
        if (!written.StartsWith(before, StringComparison.Ordinal) || !written.EndsWith(after, StringComparison.Ordinal) || written.Length < before.Length + after.Length)
        {
            return null;
        }

        var place = written[before.Length..^after.Length];
        return place is "" or "市" ? city.Name : place == city.ShortName ? city.Name : place;
    }
}
