using System.Globalization;
using System.Text.RegularExpressions;
using InnoGraph.Domain.Text;
using InnoGraph.Ingestion.Segmentation;

namespace InnoGraph.Ingestion.Rules.Indicators;

/// <summary>An indicator the gazetteer does not know, read from the words before a figure, with the figure's values (their <see cref="IndicatorValue.Indicator"/> is the proposed name).</summary>
public sealed record ProposedIndicator(int Start, int End, string Name, string Unit, IReadOnlyList<IndicatorValue> Values)
{
    /// <summary>A rank named by the words before it: when they hold a known body (园区 X排名…), it is that body's rank, not an indicator's.</summary>
    public bool NamedByRankedWords { get; init; }
}

/// <summary>
/// Proposes indicators from figures: <c>建成X3个</c>, <c>累计认定X2207家</c>, <c>X达到20件以上</c>,
/// <c>X超过3.5%</c>. The name is the words before the figure (back to punctuation or 的, without a
/// leading 全市, 累计, 新增, 建成 ... ), with 数 added for a count of things or people unless the words
/// already name a quantity (拥有量, 比重, 规模 ...); a share in % needs words that name a share.
/// <c>A、B各200名</c> gives the figure to each; in <c>A总量达到140万人、B 52万人</c> B is a 总量 too; <c>每年新增A 15家、B 2家</c> reads 每年新增 for B too and
/// gives a value for each year of the plan's period. Year, status and qualifier as for known indicators.
/// </summary>
public static partial class NewIndicatorRule
{
    public const string Method = "indicator-figure";
    private const int MaxLength = 24;
    private const string Added = "新增";

    private static readonly string[] Leading =
    [
        "全市", "全省", "全县", "全区", YearContext.WholeYear, "我市", "年末", "年底", YearContext.WithinYear, "年", "预计", "已", "累计", "共有", "新增", "新建", "新认定", "认定", "建成", "培育", "集聚", "取得",
        "组建", "争取", "创建", "打造", "建设", "建立", "拥有", "实现", "完成", "成功", "力争", "确保", "达到", "获批", "获得", "实施", "达成", "并", "就", "将", "其中",
        "有效期内", "有效", "新", "有", "共", "组织", "举办", "开展",
    ];

    /// <summary>Verbs inside the words before a figure: what is counted follows the last of them (…等领域取得硬核成果 → 硬核成果).</summary>
    private static readonly string[] Inner = ["取得", "建成", "新增", "认定", "培育", "集聚", "组建", "创建", "建设", "打造", "引进", "共建", "申报", "安排"];

    /// <summary>Verbs that say what is counted (brought in, co-built, applied for), kept in the name where they open it or stand inside the words: 引进院士6名, 依托平台引进院士 → 引进院士数.</summary>
    private static readonly string[] KeptVerbs = ["引进", "共建", "申报"];

    /// <summary>Verbs that, ending the words before a figure, leave what is counted to the words after it.</summary>
    private static readonly string[] Verbs = ["引进", "共建", "申报", "布局", "实施", "建成", "新增", "认定", "培育", "组建", "创建", "打造", "推荐"];

    /// <summary>Words that begin with these are the tail of another figure (个工作日, 亿元) or of a date (日印发), not a name.</summary>
    private const string NotFirst = "个亿万元家项月日名人号期次倍位余多";

    /// <summary>Words that begin with these name whom something is done with (与区内30家企业建立合作), not what is counted.</summary>
    private const string Partnering = "与同";

    /// <summary>Words that end with these lead to the figure (由10个, 约5家, A等6家), they do not name what it counts.</summary>
    private const string NotLast = "由从至到在为较和与及或约近共超达等";

    private static readonly string[] Quantities =
    [
        "拥有量", "数量", "总量", "规模", "总额", "金额", "资金", "比重", "占比", "比例", "强度", "覆盖面", "覆盖率", "率", "人员", "指数", "投资", "收入", "产值",
        "增加值", "数", "额", "量",
    ];

    private static readonly string[] Places = ["全市", "全省", "全县", "全区", "我市"];

    private static readonly string[] Shares = ["比重", "占比", "比例", "强度", "覆盖面", "覆盖率", "率", "份额"];

    private static readonly string[] Changes = ["增长", "提高", "提升", "下降", "增加", "减少", "同比", "比上年", "较上年", "高于", "低于", "排名", "第"];

    private static readonly string[] Phases = ["首期", "一期", "二期"];

    /// <summary>对新认定的X给予20万元奖励, …给予资助,单个项目最高500万元: an amount a policy grants a body, no region's figure.</summary>
    private static bool IsGrant(string sentence, string unit) => unit is "100m CNY" or "10k CNY" && Grants.Any(g => sentence.Contains(g, StringComparison.Ordinal));

    private static readonly string[] Grants = ["给予", "奖励", "资助"];

    private static readonly string[] Repeating = ["新认定", "新增", "认定", "培育", "引进", "建成"];

    /// <param name="knownNames">The graph's indicator names, for a share that the graph names more fully (<see cref="ShareListRule"/>).</param>
    /// <param name="segmenter">The document's word segmenter: a subject carried on ends where a word of the earlier name ends.</param>
    public static IEnumerable<ProposedIndicator> Find(string text, YearContext years, IReadOnlyCollection<string>? knownNames = null, WordSegmenter? segmenter = null)
    {
        var respectively = Respectively(text, years).Concat(ShareListRule.Find(text, years, knownNames ?? [])).Concat(ProgrammeListRule.Find(text, years)).Concat(ProgrammeListRule.Ranks(text, years)).Concat(AwardCountRule.Find(text, years)).Concat(Spans(text, years)).ToList();
        foreach (var listed in respectively)
        {
            yield return listed;
        }

        var previous = (End: -1, Prefix: "", Quantity: (string?)null, AfterFigure: false);
        var sentence = (Start: -1, Names: new List<string>());
        (int End, string Subject, string Name, string Unit)? carrier = null;
        foreach (Match figure in FigurePattern().Matches(text))
        {
            var carried = carrier;
            carrier = null;
            if (respectively.Any(r => r.Values.Any(v => v.Start == figure.Groups["num"].Index)))
            {
                continue;
            }

            var pre = figure.Groups["pre"].Value;
            var unit = IndicatorValueRule.Unit(null, figure.Groups["unit"].Value);
            if (unit is null)
            {
                continue;
            }

            var items = new List<(int Start, int End)> { Phrase(text, figure.Index) };
            while (pre == "各" && items[0].Start > 0 && text[items[0].Start - 1] == '、')
            {
                items.Insert(0, Phrase(text, items[0].Start - 1));
            }

            var sentenceStart = IndicatorValueRule.SentenceStart(text, figure.Index);
            var fullStop = SubjectStart(text, figure.Index);
            if (fullStop != sentence.Start)
            {
                sentence = (fullStop, []);
            }

            var context = text[sentenceStart..figure.Index];
            var clause = text[Math.Max(sentenceStart, text.LastIndexOfAny([',', '，', '、'], Math.Max(0, figure.Index - 1)) + 1)..figure.Index];
            var stated = years.YearOf(context, text[..sentenceStart]);
            var figureEnd = figure.Index + figure.Length;
            foreach (var (start, end) in items)
            {
                var (from, words) = Strip(text, start, end);
                var doneEachYear = false;
                if (EachYearDoing(text, start, end) is { } doing)
                {
                    (from, words, doneEachYear) = (doing, text[doing..end], true);
                }

                var eachYearOwner = false;
                var verbOfCarried = 0;
                string? level = null;
                var listed = start > 0 && previous.End == start - 1 && text[start - 1] == '、';
                var enumerated = text[start..end].EndsWith('等') && items.Count == 1;
                var after = (EndsWithVerb(text[start..end]) || (listed && previous.AfterFigure && start == end)) && items.Count == 1 ? WordsAfter(text, figureEnd, listEnds: true)
                    : enumerated ? WordsAfter(text, figureEnd, listEnds: false)
                    : items.Count == 1 && !listed && Places.Contains(text[start..end]) ? BodiesAfter(text, figureEnd)
                    : null;
                var listBefore = text[Math.Max(sentenceStart, text.LastIndexOfAny([',', '，'], start) + 1)..start];
                if (after is not null)
                {
                    (from, words) = (figureEnd, (enumerated ? KeptIn(listBefore) : Kept(text[start..end])) + after);
                }
                else if (items.Count == 1 && listBefore.EndsWith('、') && EndsClause(text, figureEnd) && CountedAfterList(text, from, end) is { } counted
                    && (counted.OfKinds || KeptIn(listBefore).Length > 0))
                {
                    (from, words) = (counted.Start, KeptIn(listBefore) + text[counted.Start..end]);
                }
                else if (Level().IsMatch(words) && sentence.Names.Count > 0 && text[sentence.Start..figure.Index].Contains("其中", StringComparison.Ordinal))
                {
                    (words, level) = (sentence.Names[^1], LevelQualifier(words));
                }
                else if (words.StartsWith('占') && start > 0 && ShareOf(text, IndicatorValueRule.SentenceStart(text, start), start - 1) is { } owner)
                {
                    (words, eachYearOwner) = (owner.Subject + words, owner.EachYear);
                }
                else if (!listed && !OpensWithScope(text[start..from]))
                {
                    words = Carried(words, sentence.Names, segmenter);
                }

                var prefix = listed && after is null ? SharedPrefix(previous.Prefix, text[start..from]) : "";
                var name = after is not null || words == sentence.Names.LastOrDefault() && Level().IsMatch(text[start..end].Trim()) ? Name(words, figure.Groups["unit"].Value, null) ?? words
                    : Name(prefix + words, figure.Groups["unit"].Value, listed ? previous.Quantity : null);
                if (name is null && items.Count == 1 && !listed && after is null && carried is { } c && start == c.End + 1 && text[c.End] is ',' or '，' && IsVerbAndQuantity(text[start..end]))
                {
                    // 获X计划23项,争取资金6711万元: a quantity with its verb alone is of what the figure before counted.
                    name = c.Subject + text[start..end];
                    verbOfCarried = end - start;
                }
                else if (name is null && items.Count == 1 && !listed && after is null && carried is { } stock && start == stock.End + 1 && text[stock.End] is ',' or '，'
                         && stock.Unit == unit && IsStockOfCarried(text[start..end], pre))
                {
                    // 新增X 85家,总数达到412家: a quantity of no noun of its own, reached, is of what the figure before counted: the stock it led to.
                    name = stock.Name;
                }

                if (name is null || stated is null || (after is null && !enumerated && EndsWithVerb(text[start..end])) || IsGrant(context, unit))
                {
                    continue;
                }

                var each = (eachYearOwner || doneEachYear || (prefix + words).StartsWith(YearContext.EachYear, StringComparison.Ordinal)) && years.Document is { } first && years.PeriodEnd is { } last && last >= first
                    ? Enumerable.Range(first, last - first + 1)
                    : [stated.Value];
                // 1.5万家: a count in tens of thousands.
                var number = decimal.Parse(figure.Groups["num"].Value, CultureInfo.InvariantCulture) * (figure.Groups["wan"].Success ? 10000 : 1);
                var numStart = figure.Groups["num"].Index;
                var numEnd = numStart + figure.Groups["num"].Length;
                var eachYear = each.Count() > 1;
                // The verb of a carried quantity (争取资金) is what was done, not a target's 争取.
                var statusContext = context[..^verbOfCarried];
                var status = eachYear ? "target" : IndicatorValueRule.Status(statusContext, stated.Value, years.Present);
                if (status == "target" && after is null && level is null && from >= 2 && string.CompareOrdinal(text, from - 2, Added, 0, Added.Length) == 0 && !name.StartsWith(Added, StringComparison.Ordinal)
                    && !years.PlansOneYear)
                {
                    // 力争新增X30家: a plan's target of new ones is the increase over its period, another quantity than the stock of X;
                    // in a plan of one year (2026年工作要点) they are that year's new ones, X with the qualifier new.
                    name = Added + name;
                }

                var qualifier = level ?? (figure.Groups["approx"].Success ? "over" : IndicatorValueRule.Qualifier(pre + figure.Groups["post"].Value + clause));
                var values = each.Select(y => new IndicatorValue(numStart, numEnd, name, "", y, number, unit, eachYear ? "target" : IndicatorValueRule.Status(statusContext, y, years.Present), qualifier, null)).ToList();
                var span = after is not null ? (Start: figureEnd, End: figureEnd + after.Length) : (Start: from, End: end);
                yield return new ProposedIndicator(span.Start, span.End, name, unit, values);
                foreach (var derived in IndicatorValueRule.After(text, figureEnd + (after?.Length ?? 0), text.Length, name, "", stated.Value, status))
                {
                    var derivedName = name + derived.Indicator[(name.Length + 1)..];
                    yield return new ProposedIndicator(span.Start, span.End, derivedName, derived.Unit, [derived with { Indicator = derivedName }]);
                }

                if (items.Count == 1 && !listed && after is null && (figureEnd == text.Length || text[figureEnd] != '、'))
                {
                    carrier = (figureEnd, prefix + words, name, unit);
                }

                if (!sentence.Names.Contains(name))
                {
                    sentence.Names.Add(name);
                }

                previous = (figureEnd + (after?.Length ?? 0), after is null ? RepeatedPrefix(prefix + words) : "", Quantities.FirstOrDefault(q => q.Length > 1 && name.EndsWith(q, StringComparison.Ordinal)), after is not null);
            }
        }

        foreach (var ranked in QuotedRanks(text, years).Concat(RankedQuantities(text, years)))
        {
            yield return ranked;
        }
    }

    /// <summary>
    /// <c>X 2021年、2022年分别达到5家、8家</c> and <c>到2021年、2022年X分别达到…</c>: one value for each year, in order,
    /// when as many years as values are named.
    /// </summary>
    private static IEnumerable<ProposedIndicator> Respectively(string text, YearContext years)
    {
        foreach (Match list in RespectivelyPattern().Matches(text))
        {
            var sentenceStart = IndicatorValueRule.SentenceStart(text, list.Index);
            var named = YearContext.All(text[sentenceStart..list.Index]).ToList();
            var values = list.Groups["v"].Captures;
            var units = list.Groups["u"].Captures;
            if (named.Count < values.Count || units.Count != values.Count || units.Select(u => u.Value).Distinct().Count() != 1
                || IndicatorValueRule.Unit(null, units[0].Value) is not { } unit)
            {
                continue;
            }

            var nameEnd = YearList().Match(text[sentenceStart..list.Index]) is { Success: true } y ? sentenceStart + y.Index : list.Index;
            var (start, end) = Phrase(text, nameEnd);
            var (from, words) = Strip(text, start, end);
            if (Name(words, units[0].Value, null) is not { } name)
            {
                continue;
            }

            var context = text[sentenceStart..list.Index];
            var yearsOf = named.Skip(named.Count - values.Count).ToList();
            var read = values.Select((v, i) => new IndicatorValue(v.Index, v.Index + v.Length, name, "", yearsOf[i], decimal.Parse(v.Value, CultureInfo.InvariantCulture), unit,
                IndicatorValueRule.Status(context, yearsOf[i], years.Present), IndicatorValueRule.Qualifier(list.Value), null)).ToList();
            yield return new ProposedIndicator(from, end, name, unit, read);
        }
    }

    /// <summary><c>在“X”排名第22位,全省排名第3位</c>: a rank right after a name in quotation marks is the rank of that thing, its name X排名.</summary>
    private static IEnumerable<ProposedIndicator> QuotedRanks(string text, YearContext years)
    {
        foreach (Match quoted in QuotedRankPattern().Matches(text))
        {
            var name = quoted.Groups["name"].Value + Rank.Suffix;
            var sentenceStart = IndicatorValueRule.SentenceStart(text, quoted.Index);
            var context = text[sentenceStart..quoted.Index];
            if (years.YearOf(context, text[..sentenceStart]) is not { } year || RankPhrase.Find(text, quoted.Index + quoted.Length, quoted.Index + quoted.Length) is not { } first)
            {
                continue;
            }

            var status = IndicatorValueRule.Status(context, year, years.Present);
            var ranks = new List<IndicatorValue> { IndicatorValueRule.RankValue(first, name, "", year, status) with { Indicator = name } };
            ranks.AddRange(IndicatorValueRule.After(text, first.End, text.Length, name, "", year, status).Where(v => v.Unit == "rank").Select(v => v with { Indicator = name }));
            yield return new ProposedIndicator(quoted.Groups["name"].Index - 1, quoted.Groups["name"].Index + quoted.Groups["name"].Length + 1, name, "rank", ranks);
        }
    }

    /// <summary>
    /// Whose share 占A比重 is, when the words name none: the quantity the clause before it begins with
    /// (<c>每年X投资增速快于…、占固定资产投资比重达到20%</c> → X投资), and whether that clause says 每年.
    /// </summary>
    private static (string Subject, bool EachYear)? ShareOf(string text, int sentenceStart, int end)
    {
        var clauseStart = Math.Max(sentenceStart, text.LastIndexOfAny([',', '，'], Math.Max(0, end - 1)) + 1);
        if (clauseStart >= end)
        {
            return null;
        }

        var (_, words) = Strip(text, clauseStart, end);
        var eachYear = words.StartsWith(YearContext.EachYear, StringComparison.Ordinal);
        words = eachYear ? words[2..] : words;
        var quantity = Quantities.Where(q => q.Length > 1).Select(q => (q, At: words.IndexOf(q, StringComparison.Ordinal))).Where(x => x.At > 0).OrderBy(x => x.At).FirstOrDefault();
        return quantity.q is null || !IsSubject(words[..quantity.At]) ? null : (words[..(quantity.At + quantity.q.Length)], eachYear);
    }

    /// <summary>A quantity without what it is of (总量, 规模, a word and 数): words that name no indicator by themselves.</summary>
    /// <summary>Words that name a share or a ratio (X比重, X强度, X覆盖率 …).</summary>
    internal static bool IsShare(string words) => Shares.Any(s => words.EndsWith(s, StringComparison.Ordinal));

    internal static bool IsBareQuantity(string words) =>
        Quantities.Any(q => words.EndsWith(q, StringComparison.Ordinal) && words.Length - q.Length < 2);

    /// <summary>The words before a figure reached (达到, 累计) that name a quantity but not what it is of: 总量达到, 累计.</summary>
    private static bool IsStockOfCarried(string words, string verb)
    {
        var reached = verb is "达到" or "达";
        if (words.StartsWith("累计", StringComparison.Ordinal))
        {
            (words, reached) = (words[2..], true);
        }

        return reached && (words.Length == 0 || IsBareQuantity(words));
    }

    /// <summary>Words that open with the place or year they cover (全年技术合同成交额, 全市…) name a subject of their own, carried from nothing earlier.</summary>
    private static bool OpensWithScope(string leading) => Scopes.Any(s => leading.StartsWith(s, StringComparison.Ordinal));

    private static readonly string[] Scopes = ["全市", "全省", "全县", "全区", YearContext.WholeYear, "全国", "我市"];

    /// <summary>A verb and a quantity without what it is of: 争取资金, 完成投资.</summary>
    private static bool IsVerbAndQuantity(string words) =>
        Leading.Any(v => v.Length > 1 && words.StartsWith(v, StringComparison.Ordinal) && Quantities.Any(q => q.Length > 1 && words.Length == v.Length + q.Length && words.EndsWith(q, StringComparison.Ordinal)));

    /// <summary>Words that can be a subject carried on: no verb and no 每年 in them.</summary>
    private static bool IsSubject(string words) =>
        !words.StartsWith(YearContext.EachYear, StringComparison.Ordinal) && !Leading.Concat(Inner).Any(v => v.Length > 1 && words.Contains(v, StringComparison.Ordinal));

    /// <summary>
    /// Words that end with a verb (建成, 引进, 布局 …) leave what is counted to the words after the figure: <c>引进250名省海外工程师</c>;
    /// so does an enumeration ending in 等 (<c>A、B等3家省级合作基地</c>), when those words end the clause.
    /// </summary>
    private static bool EndsWithVerb(string words) => Verbs.Any(v => words.EndsWith(v, StringComparison.Ordinal));

    /// <summary>The verb of the words before a figure that the indicator's name keeps (引进, 共建, 申报), or nothing.</summary>
    private static string Kept(string words) => KeptVerbs.FirstOrDefault(v => words.EndsWith(v, StringComparison.Ordinal)) ?? "";

    /// <summary>The last kept verb of the words before an enumeration (新引进共建A、B等4家研究院 → 共建), or nothing.</summary>
    private static string KeptIn(string words) =>
        KeptVerbs.Select(v => (v, At: words.LastIndexOf(v, StringComparison.Ordinal))).Where(x => x.At >= 0).OrderBy(x => x.At).LastOrDefault().v ?? "";

    /// <summary>
    /// Where the words that an enumeration ending before a figure counts begin (<c>共建A、B等各类创新载体400余家</c> → 创新载体): after
    /// its 等 and a 各类 that says the list is of several kinds of them; null when the words hold no 等 after their first two characters.
    /// The figure must end its clause, else it counts what follows it (<c>A、B等高校院所100多名专家</c>), and what the list is of is
    /// only told by 各类 or by a verb before it that the name keeps (<c>共建A、B等创新载体40家</c>; not <c>支持A、B等高校院所20家</c>).
    /// </summary>
    private static (int Start, bool OfKinds)? CountedAfterList(string text, int start, int end)
    {
        var at = end - start > 2 ? text.LastIndexOf('等', end - 1, end - start - 2) : -1;
        if (at < 0)
        {
            return null;
        }

        var ofKinds = string.CompareOrdinal(text, at + 1, "各类", 0, 2) == 0;
        var counted = at + 1 + (ofKinds ? 2 : 0);
        return end - counted >= 2 ? (counted, ofKinds) : null;
    }

    /// <summary>Whether a figure ends its clause: what it counts is not named after it.</summary>
    private static bool EndsClause(string text, int figureEnd) => figureEnd == text.Length || text[figureEnd] is ',' or '，' or '。' or ';' or '；';

    /// <summary>The nominal words after a figure up to the end of its clause (<c>8个海外孵化器,</c> → 海外孵化器), or null when they run into a verb, 的 or another figure.</summary>
    private static string? WordsAfter(string text, int from, bool listEnds)
    {
        var end = from;
        while (end < text.Length && IsNameChar(text[end]) && !"的与和及获等“”()《》".Contains(text[end], StringComparison.Ordinal))
        {
            end++;
        }

        var stops = end == text.Length || text[end] is ',' or '，' or '。' or ';' or '；' || (listEnds && text[end] == '、');
        // After an enumeration only a short noun phrase (A、B等3家省级合作基地) is what is counted, not a clause that goes on (…等6家园区制定方案).
        return stops && end - from >= 2 && end - from <= (listEnds ? 16 : 10) && !NotFirst.Contains(text[from], StringComparison.Ordinal) ? text[from..end] : null;
    }

    /// <summary>
    /// After a figure that only a place precedes (<c>全市6家高新区首次…</c>), the bodies it counts: the longest words after it, up to
    /// ten characters in its clause, that end with an organisation's suffix (高新区, 实验室 …); null when none does.
    /// </summary>
    private static string? BodiesAfter(string text, int from)
    {
        var end = from;
        while (end < text.Length && end - from < 10 && IsNameChar(text[end]) && !"的与和及等“”()《》".Contains(text[end], StringComparison.Ordinal))
        {
            end++;
        }

        for (var to = end; to - from >= 2; to--)
        {
            var words = text[from..to];
            if (OrganisationSuffixes.Of("某" + words, unitContext: false) is { Length: var suffix } && suffix <= words.Length && !NotFirst.Contains(words[0], StringComparison.Ordinal))
            {
                return words;
            }
        }

        return null;
    }

    /// <summary>Where the subject that carries on to a figure was named from: its sentence, or the clause of an enumeration (一是…;二是…) it stands in.</summary>
    private static int SubjectStart(string text, int figure)
    {
        var fullStop = text.LastIndexOf('。', Math.Max(0, figure - 1)) + 1;
        var ordinal = ClauseOrdinal().Matches(text[fullStop..figure]).LastOrDefault();
        return ordinal is null ? fullStop : fullStop + ordinal.Index;
    }

    /// <summary>
    /// A subject the sentence named before carries on: after 规上工业企业研发费用, 研发活动覆盖面 is 规上工业企业研发活动覆盖面
    /// (the words begin with what follows the subject in an earlier name of the sentence, at the end of one of its words:
    /// 国家高新技术企业数 carries nothing to 技术合同成交额, since 高新技术 is one word).
    /// </summary>
    private static string Carried(string words, List<string> earlier, WordSegmenter? segmenter)
    {
        if (words.Length < 3)
        {
            return words;
        }

        for (var n = earlier.Count - 1; n >= 0; n--)
        {
            if (earlier[n].Length < 4)
            {
                continue;
            }

            var at = earlier[n].IndexOf(words[..2], 2, StringComparison.Ordinal);
            if (at >= 2 && !words.Contains(earlier[n][..at], StringComparison.Ordinal) && IsSubject(earlier[n][..at])
                && (segmenter is null || segmenter.Segment(earlier[n]).Any(t => t.Start == at)))
            {
                return earlier[n][..at] + words;
            }
        }

        return words;
    }

    /// <summary>The name an indicator takes from its words and the figure's unit, or null when the words do not name one.</summary>
    private static string? Name(string words, string written, string? listQuantity)
    {
        if (written == "%" && GrowthRate(words) is { } rate)
        {
            return rate;
        }

        if (words.Length < 3 || NotFirst.Contains(words[0], StringComparison.Ordinal) || Partnering.Contains(words[0], StringComparison.Ordinal) || NotLast.Contains(words[^1], StringComparison.Ordinal) || words.Contains('等', StringComparison.Ordinal)
            || Changes.Any(c => words.Replace("增加值", "", StringComparison.Ordinal).Contains(c, StringComparison.Ordinal))
            || Places.Any(p => words.EndsWith(p, StringComparison.Ordinal)))
        {
            return null;
        }

        var quantity = Quantities.Any(q => words.EndsWith(q, StringComparison.Ordinal));
        if (Quantities.Any(q => q.Length > 1 && words.EndsWith(q, StringComparison.Ordinal) && words.Length - q.Length < 2)
            || Phases.Any(p => words.StartsWith(p, StringComparison.Ordinal)))
        {
            // 总投资, 年规模: a quantity without what it is of; 首期规模: a phase of one body (a fund), no region's figure.
            return null;
        }

        if (written == "%")
        {
            return IsShare(words) ? words : null;
        }

        if (words.StartsWith(YearContext.EachYear, StringComparison.Ordinal) && words.Length < 5)
        {
            return null;
        }

        if (written is "亿元" or "万元" && words.EndsWith("基金", StringComparison.Ordinal))
        {
            return words + "规模";
        }

        if (words.EndsWith("累计", StringComparison.Ordinal) && Quantities.FirstOrDefault(q => q.Length > 1 && words[..^2].EndsWith(q, StringComparison.Ordinal)) is { } q)
        {
            // 技术交易总额累计 → 技术交易累计总额: 累计 says which 总额.
            return words[..^(2 + q.Length)] + "累计" + q;
        }

        if (written is "人" or "名" && listQuantity is null && QuotedProgrammeAtEnd().Match(words) is { Success: true } programme)
        {
            // 申报国家级“某某计划”37人: the persons of a programme, named without the marks that set its name off.
            return words[..programme.Index] + programme.Groups["name"].Value + "人数";
        }

        if (written == "项" && listQuantity is null && words.EndsWith("计划", StringComparison.Ordinal))
        {
            // 获省级某某计划23项: a programme counted in 项 counts its projects.
            return words + "项目数";
        }

        return quantity || written is "亿元" or "万元" or "人年" ? words : words + (listQuantity ?? "数");
    }

    /// <summary>
    /// <c>X年均增长18%</c>: a growth in % right after the quantity that grows is that quantity's growth rate, X年均增长率; null when
    /// the words do not end with 增长 or what grows is not named, or is a change already (同比增长 is read after a value).
    /// </summary>
    private static string? GrowthRate(string words)
    {
        const string growth = "增长";
        if (!words.EndsWith(growth, StringComparison.Ordinal))
        {
            return null;
        }

        var grown = words[..^growth.Length];
        return grown.Length >= 3 && !NotFirst.Contains(grown[0], StringComparison.Ordinal) && !Changes.Any(c => grown.Replace("增加值", "", StringComparison.Ordinal).Contains(c, StringComparison.Ordinal))
            && !Places.Any(p => grown.EndsWith(p, StringComparison.Ordinal)) && !grown.Contains('等', StringComparison.Ordinal)
            ? words + "率"
            : null;
    }

    /// <summary>每年新增 of 每年新增A: what the next item of a list joined by 、 shares.</summary>
    private static string RepeatedPrefix(string words)
    {
        if (!words.StartsWith(YearContext.EachYear, StringComparison.Ordinal))
        {
            return "";
        }

        var verb = Repeating.FirstOrDefault(v => string.CompareOrdinal(words, 2, v, 0, v.Length) == 0);
        return verb is null ? "" : YearContext.EachYear + verb;
    }

    /// <summary>
    /// What a list's next item takes of the one before: its 每年 and verb (每年新增A、B), or its 每年 with the item's own verb
    /// when it has one (每年新增A、新认定B → 每年新认定B).
    /// </summary>
    private static string SharedPrefix(string previous, string leading) =>
        previous.Length > 0 && Repeating.FirstOrDefault(v => leading.StartsWith(v, StringComparison.Ordinal)) is { } own ? YearContext.EachYear + own : previous;

    /// <summary>The words before a figure: back to punctuation, a digit or 的.</summary>
    private static (int Start, int End) Phrase(string text, int end)
    {
        var start = end;
        while (start > 0 && end - start < MaxLength && IsNameChar(text[start - 1]) && (text[start - 1] != '的' || OfShare(text, start, end)))
        {
            start--;
        }

        while (Trailing.FirstOrDefault(w => end - start > w.Length + 1 && text.AsSpan(start, end - start).EndsWith(w, StringComparison.Ordinal)) is { } status)
        {
            end -= status.Length;
        }

        return (start, end);
    }

    /// <summary>Words between a name and its figure that say how the figure is told, not what it counts (X预计达到…, X力争达到…, X目标30亿元); 累计 stays, as the graph names a running total (X累计投资).</summary>
    private static readonly string[] Trailing = ["预计", "力争", "争取", "确保", "目标"];

    /// <summary>占A的比重: the 的 of a share stays inside its name.</summary>
    private static bool OfShare(string text, int start, int end)
    {
        var words = text[start..end];
        return Shares.Any(w => words.StartsWith(w, StringComparison.Ordinal)) && text.LastIndexOf('占', start - 1, Math.Min(start, MaxLength)) >= 0;
    }

    /// <summary>
    /// Where what is done each year begins (<c>每年组织X活动20场</c>, <c>市财政局每年安排X不低于3亿元</c>: X, for every year of the plan,
    /// without the body that does it; <c>每年引进X 200名</c>: 引进X, as a verb the name keeps says what is counted), or null when the
    /// words hold no 每年 with such a verb; an increase (每年新增X) is an indicator of its own.
    /// </summary>
    private static int? EachYearDoing(string text, int from, int end)
    {
        var at = text.IndexOf(YearContext.EachYear, from, end - from, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        // An adverb of two characters may stand before the verb (每年统筹安排).
        var doing = Enumerable.Range(0, 3).SelectMany(gap => Doing.Select(v => (At: at + 2 + gap, Verb: v)))
            .FirstOrDefault(d => d.At + d.Verb.Length <= end && string.CompareOrdinal(text, d.At, d.Verb, 0, d.Verb.Length) == 0 && (d.At == at + 2 || text[(at + 2)..d.At].All(ChineseScript.IsHan)));
        var rest = doing.Verb is not null ? doing.At + doing.Verb.Length
            : KeptVerbs.Any(v => string.CompareOrdinal(text, at + 2, v, 0, v.Length) == 0) ? at + 2
            : -1;
        return rest >= 0 && end - rest >= 2 ? rest : null;
    }

    private static readonly string[] Doing = ["组织", "开展", "安排", "设立", "投入", "举办"];

    /// <summary>Leading words that say what was done, not what is counted (全市, 累计, 新增, 建成 …); 每年 and what follows it stay.</summary>
    private static (int Start, string Words) Strip(string text, int start, int end)
    {
        var changed = true;
        while (changed && start < end && string.CompareOrdinal(text, start, YearContext.EachYear, 0, YearContext.EachYear.Length) != 0)
        {
            changed = false;
            foreach (var word in Leading)
            {
                if (end - start > word.Length && string.CompareOrdinal(text, start, word, 0, word.Length) == 0 && !(word == "共" && "建同享".Contains(text[start + 1], StringComparison.Ordinal)))
                {
                    start += word.Length;
                    changed = true;
                    break;
                }
            }

            if (!changed && ClauseOrdinal().Match(text, start) is { Success: true } ordinal && ordinal.Index == start && end - start > ordinal.Length)
            {
                // 一是…, 二是…: the clause's number, not what it counts.
                start += ordinal.Length;
                changed = true;
            }

            if (!changed && BeforeLevel().Match(text, start) is { Success: true } before && before.Index == start && end - start > before.Length + 3)
            {
                // 获省级…, 各类省级以上…: the level says what was won and of which kind.
                start += before.Length;
                changed = true;
            }
        }

        if (string.CompareOrdinal(text, start, YearContext.EachYear, 0, YearContext.EachYear.Length) != 0)
        {
            foreach (var verb in Inner)
            {
                var at = text.LastIndexOf(verb, end - 1, end - start, StringComparison.Ordinal);
                if (at > start && KeptVerbs.Contains(verb) && end - (at + verb.Length) >= 2)
                {
                    start = at;
                }
                else if (at > start && end - (at + verb.Length) >= 3)
                {
                    start = at + verb.Length;
                }
            }
        }

        // 引进各类高层次人才: 各类 (of every kind) after the verb the name keeps says nothing of what was brought in; 大走廊全年完成投资:
        // 全年 (in the whole year) says when, not what.
        var words = text[start..end].Replace(YearContext.WholeYear, "", StringComparison.Ordinal);
        return (start, KeptVerbs.FirstOrDefault(v => words.StartsWith(v + AllKinds, StringComparison.Ordinal) && words.Length > v.Length + AllKinds.Length + 2) is { } kept
            ? kept + words[(kept.Length + AllKinds.Length)..]
            : words);
    }

    private const string AllKinds = "各类";

    private static bool IsNameChar(char c) =>
        ChineseScript.IsHan(c) || c is '“' or '”' or '(' or ')' or '《' or '》' or '&' || char.IsAsciiLetter(c);

    [GeneratedRegex(@"(?<![\d.])(?<pre>各|达到|达|为|超过|突破|超|提高到|提升至|提升到|增至|增长到|增加到|保持在|不低于|不少于)?(?<num>\d+(?:\.\d+)?)\s*(?<approx>余|多)?(?<wan>万(?=[家个项件名所]))?(?<unit>%|亿元|万元|万人|人年|个百分点|家|个|项|件|名|人|所|座|场|份)(?<post>以上|左右|以内)?(?!的)")]
    private static partial Regex FigurePattern();

    [GeneratedRegex(@"分别(?:达到|为|是|达)?(?<v>\d+(?:\.\d+)?)(?<u>%|亿元|万元|家|个|项|件|名|人)(?:[、和](?<v>\d+(?:\.\d+)?)(?<u>%|亿元|万元|家|个|项|件|名|人))+")]
    private static partial Regex RespectivelyPattern();

    /// <summary>The years right before 分别: 2013年、2015年和2017年.</summary>
    [GeneratedRegex(@"(?:20\d{2}年[、和]?)+$")]
    private static partial Regex YearList();

    /// <summary>The qualifier of a part by its level: 国家级 → national, 省级 → provincial.</summary>
    private static string LevelQualifier(string level) => level[0] switch
    {
        '国' => "national",
        '省' => "provincial",
        '市' => "municipal",
        '县' => "county",
        _ => "district",
    };

    /// <summary>A programme that ends the words, in quotation marks or not: 申报国家级“某某计划”, 入选某某计划.</summary>
    [GeneratedRegex(@"“?(?<name>[^“”]*计划)”?$")]
    private static partial Regex QuotedProgrammeAtEnd();

    /// <summary>获 (won) or 各类 (of all kinds) before a level: 获省级某某计划, 各类省级以上试点.</summary>
    [GeneratedRegex(@"(?:获|各类)(?=(?:国家|省|市|县|区)级)")]
    private static partial Regex BeforeLevel();

    /// <summary>The number of a clause of an enumeration: 一是, 二是 … 十是.</summary>
    [GeneratedRegex(@"[一二三四五六七八九十]是")]
    private static partial Regex ClauseOrdinal();

    /// <summary>A level alone (国家级, 省级): a part of the figure named before it in the sentence (其中国家级1家).</summary>
    [GeneratedRegex(@"^(?:国家|省|市|县|区)级$")]
    private static partial Regex Level();

    /// <summary>A name in quotation marks; a rank must follow it at once (RankPhrase).</summary>
    [GeneratedRegex(@"“(?<name>[^“”]{2,20})”")]
    private static partial Regex QuotedRankPattern();
}
