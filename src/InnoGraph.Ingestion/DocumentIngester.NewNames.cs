using InnoGraph.Domain.Model;
using InnoGraph.Domain.Text;
using InnoGraph.Ingestion.Gazetteer;
using InnoGraph.Ingestion.Rules;
using InnoGraph.Ingestion.Rules.Indicators;
using InnoGraph.Ingestion.Segmentation;

namespace InnoGraph.Ingestion;

public sealed partial class DocumentIngester
{
    /// <summary>Names the gazetteer does not know: by title, suffix, context and list, and names cut by a page break.</summary>
    private sealed partial class Run
    {
        /// <summary>
        /// The entity a match means; and where it is the graph's count of a title that the same words name (省级企业研究院9家:
        /// the indicator 省级企业研究院数 and the designation), the title too, as the text names it.
        /// </summary>
        private IEnumerable<Mention> ResolvedWithTitle(string text, GazetteerMatch match)
        {
            var resolved = _resolver.Resolve(Counted(text, match));
            yield return resolved;
            if (resolved.Kind == EntityKind.Indicator && match.Candidates.Where(c => c.Kind == EntityKind.Designation).ToList() is { Count: > 0 } titles)
            {
                yield return _resolver.Resolve(match with { Candidates = titles }) with { Method = NameResolver.Method + "+counted", Confidence = 0.6 };
            }
        }

        /// <summary>
        /// A name of both an indicator and what it counts (省级企业研究院: the designation, and the indicator's alias) is the indicator
        /// only where its clause states a figure after it; elsewhere the text speaks of the thing itself.
        /// </summary>
        private static GazetteerMatch Counted(string text, GazetteerMatch match)
        {
            var things = match.Candidates.Where(c => c.Kind != EntityKind.Indicator).ToList();
            if (things.Count == 0 || things.Count == match.Candidates.Count)
            {
                return match;
            }

            var clauseEnd = IndicatorValueRule.ClauseEnd(text, match.End);
            return text.AsSpan(match.End, clauseEnd - match.End).IndexOfAnyInRange('0', '9') >= 0 ? match : match with { Candidates = things };
        }

        /// <summary>
        /// An indicator's name that the text goes on from with another quantity word (科技贷款 of the graph's loans granted, in
        /// 科技贷款余额): the words name another quantity of the same things, not that indicator.
        /// </summary>
        private static bool NamesAnotherQuantity(string text, GazetteerMatch match) =>
            match.Candidates.All(c => c.Kind == EntityKind.Indicator) && !NewIndicatorRule.IsBareQuantity(match.Name[^1..])
            && match.End + 2 <= text.Length && ChineseScript.IsHan(text[match.End]) && NewIndicatorRule.IsBareQuantity(text.Substring(match.End, 2));

        /// <summary>
        /// A two-character name that starts or ends inside a word of the text (中国 in 其中国家) is not mentioned there:
        /// jieba has every known name as a word, so a name cut apart by it is a chance run of characters.
        /// </summary>
        private static bool SplitsWord(GazetteerMatch match, IReadOnlyList<Token> tokens) =>
            match.End - match.Start == 2 && tokens.Any(t => (t.Start < match.Start && match.Start < t.End) || (t.Start < match.End && match.End < t.End));

        /// <summary>
        /// A new name that the paragraph also writes with a place before it (建设某某综合体。青山某某综合体位于…) is that body's short
        /// form: one body, named with its place.
        /// </summary>
        private void NameShortFormsByTheirPlace(List<Mention> mentions)
        {
            for (var i = 0; i < mentions.Count; i++)
            {
                var bare = mentions[i];
                if (bare.IsNew && mentions.FirstOrDefault(m => m.IsNew && m.Kind == bare.Kind && m.Name.Length > bare.Name.Length
                        && m.Name.EndsWith(bare.Name, StringComparison.Ordinal) && IsPlace(m.Name[..^bare.Name.Length])) is { } placed)
                {
                    mentions[i] = placed with { Start = bare.Start, End = bare.End, Method = bare.Method + "+place", Confidence = bare.Confidence };
                }
            }
        }

        /// <param name="titleLine">Whether the paragraph is the document's first line, where a title names its plan without 《》.</param>
        private void AddNewNames(string text, IReadOnlyList<Token> tokens, List<Mention> mentions, bool titleLine)
        {
            if (titleLine && TitleRule.TitleLine(text) is { } title && !mentions.Any(m => m.Start <= title.Start && title.End <= m.End))
            {
                // The regions of the title say whose plan it is and stay mentioned.
                mentions.RemoveAll(m => m.Kind != EntityKind.Region && title.Start <= m.Start && m.End <= title.End);
                mentions.Add(New(title.Start, title.End, text[title.Start..title.End], title.Kind, TitleRule.Method, 0.7, $"new {title.Kind} by the document's title line: check the name and kind"));
            }

            foreach (var (quoted, end, kind) in TitleRule.Find(text))
            {
                var start = text[quoted] == '“' ? NewEntityRule.ExtendLeft(tokens, quoted) : quoted;
                var name = text[start..end];
                if (start == quoted && TitleRule.QuotedProgramme(name) is { } bare)
                {
                    start = TitleRule.OwnerStart(text, quoted, mentions.Where(m => m.Kind == EntityKind.Region).Select(m => (m.Start, m.End)));
                    name = text[start..quoted] + bare;
                }

                if (!mentions.Any(m => m.Start <= quoted && end <= m.End))
                {
                    // The owner's region stays mentioned; the name's span no longer matches its words for the region-in-name rule.
                    mentions.RemoveAll(m => m.Start >= start && m.End <= end && !(m.Kind == EntityKind.Region && m.End <= quoted));
                    mentions.Add(New(start, end, name, kind, TitleRule.Method, 0.7, $"new {kind} by its title: check the name and kind"));
                }
            }

            foreach (var (start, end, shared, province) in LevelPairRule.Find(text))
            {
                if (PlaceOf('省') is not { } place || mentions.Any(m => m.Start < end && start < m.End && !(start <= m.Start && m.End <= end)))
                {
                    continue;
                }

                mentions.RemoveAll(m => start <= m.Start && m.End <= end);
                mentions.Add(Programme(start, end, "国家" + shared, "国家" + shared));
                mentions.Add(Programme(province, end, "省" + shared, place.Name + shared));
            }

            foreach (var (start, split, end) in OfficialNames.JointLeadership(text))
            {
                if (PlaceOf(text[start]) is { } place)
                {
                    mentions.RemoveAll(m => m.Start < end && start < m.End);
                    mentions.Add(Body(start, split, text[start..split], place));
                    mentions.Add(Body(split, end, text[split..end], place));
                }
            }

            if (OwnCounty is { } county && city is not null)
            {
                foreach (var start in CountyGovernment.Find(text, county.Name[^1]))
                {
                    var end = start + CountyGovernment.Length;
                    if (!mentions.Any(m => m.Start < end && start < m.End))
                    {
                        mentions.Add(Body(start, end, text[start..end], city, CountyGovernmentMethod));
                    }
                }
            }

            foreach (var (start, end, name, kind) in SharedSuffixRule.Find(tokens, text))
            {
                if (mentions.Any(m => m.Start < end && start < m.End && !(start <= m.Start && m.End <= end)))
                {
                    continue;
                }

                mentions.RemoveAll(m => start <= m.Start && m.End <= end);
                mentions.Add(gazetteer.Lookup(name) is { Count: > 0 } known
                    ? _resolver.Resolve(new GazetteerMatch(start, end, name, known)) with { Method = SharedSuffixRule.Method + "+gazetteer" }
                    : New(start, end, name, kind, SharedSuffixRule.Method, 0.5, $"new {kind} from a list that states its suffix once: check the name and kind"));
            }

            foreach (var (start, end, name, kind, method) in ActivityRule.Find(text, IsPlace).Select(n => (n.Start, n.End, n.Name, n.Kind, ActivityRule.Method))
                         .Concat(QuotedSeriesRule.Find(text).Select(n => (n.Start, n.End, n.Name, n.Kind, QuotedSeriesRule.Method)))
                         .Concat(StrategyRule.Find(text).Select(n => (n.Start, n.End, n.Name, n.Kind, StrategyRule.Method)))
                         .Concat(ConferredTitleRule.Find(text).Select(n => (n.Start, n.End, n.Name, n.Kind, ConferredTitleRule.Method)))
                         .Concat(EnclaveRule.Find(text, IsPlace).Select(n => (n.Start, n.End, n.Name, n.Kind, EnclaveRule.Method))))
            {
                AddNamed(mentions, start, end, name, kind, method);
            }

            foreach (var (found, nameEnd, kind, confidence) in NewEntityRule.Find(tokens, text))
            {
                var start = kind == EntityKind.GovernmentBody ? found : AfterDistrictBefore(tokens, found, nameEnd);
                var end = NewEntityRule.WithPlaceInBrackets(text, nameEnd, IsPlace);
                var name = text[start..end];
                if (gazetteer.Lookup(name).Count > 0 || mentions.Any(m => m.Start <= start && end <= m.End))
                {
                    continue;
                }

                if (mentions.Any(m => m.Overlaps(new Mention(start, end, "", kind, "", true, "", 0)) && (!(start <= m.Start && m.End <= end) || m.Method == JointMethod)))
                {
                    continue;
                }

                if (kind == EntityKind.GovernmentBody && (UnitListRule.Split(text, start, end) is { Count: > 1 } split ? split : LinkedUnits(text, start, end)) is { Count: > 1 } parts)
                {
                    // 市委组织部市委人才办负责: two units in running text, split as in a list of units.
                    mentions.RemoveAll(m => start <= m.Start && m.End <= end && !parts.Any(p => p.Start == m.Start && p.End == m.End));
                    mentions.AddRange(parts.Where(p => !mentions.Any(m => m.Start == p.Start && m.End == p.End)).Select(p => Unit(p.Start, p.End, p.Name) with { Method = NewEntityRule.Method + "+compound" }));
                    continue;
                }

                // A company stays named inside its branch (某某科技有限公司美国研发中心), a university inside the body named after it
                // (某某大学某某研究院): the text names both.
                mentions.RemoveAll(m => start <= m.Start && m.End <= end && !(m.Kind == EntityKind.Enterprise && m.End < end) && !(m.Kind == EntityKind.University && m.Start == start && m.End < end));
                var official = kind == EntityKind.GovernmentBody ? Official(name) : name;
                if (official != name && gazetteer.Lookup(official) is { Count: > 0 } known)
                {
                    mentions.Add(_resolver.Resolve(new GazetteerMatch(start, end, name, known)) with { Method = NewEntityRule.Method + "+city" });
                    continue;
                }

                mentions.Add(New(start, end, official, kind, NewEntityRule.Method, confidence, official == name ? $"new {kind}: check the name and kind" : $"new {kind} '{name}': check the official name ('{official}' proposed)"));
            }
        }

        /// <summary>A province's department by its short form in running text (<see cref="OfficialNames.ProvincialDepartments"/>), where no other name holds it.</summary>
        private void AddProvincialDepartments(string text, List<Mention> mentions)
        {
            foreach (var (start, end) in OfficialNames.ProvincialDepartments(text).Where(d => !mentions.Any(m => m.Start < d.End && d.Start < m.End)))
            {
                mentions.Add(Unit(start, end, text[start..end]) with { Method = ProvincialDepartmentMethod });
            }
        }

        private const string ProvincialDepartmentMethod = "provincial-department";

        /// <summary>
        /// Where a body's name starts that opens with the district or county it stands in and then a proper name of its own
        /// (西湖区西溪青创空间, 余杭区杭州未来科技城: 西溪青创空间 in 西湖区): after the district's name, which the location rule reads
        /// as its place; not when generic words follow the district (西湖区生命健康概念验证中心 is one name).
        /// </summary>
        private int AfterDistrictBefore(IReadOnlyList<Token> tokens, int start, int end)
        {
            var first = tokens.FirstOrDefault(t => t.Start == start);
            var next = first is null ? null : tokens.FirstOrDefault(t => t.Start == first.End);
            return first is not null && next is not null && end - next.Start >= 4 && first.Word[^1] is '区' or '县'
                && next.Pos is "ns" or "nr" or "nt"
                && gazetteer.Lookup(first.Word).Any(e => e.Kind == EntityKind.Region)
                ? next.Start
                : start;
        }

        /// <summary>
        /// Two units a word of one or two characters links in running text (市科技局会同市统计局, 市科技局和市统计局): the graph's
        /// unit before it, or one its words make (某区统计局会同区科技局), and a unit of the document's place after it (市…, 县…, 区…, not a place's name such as 台州市…); else null.
        /// </summary>
        private List<(int Start, int End, string Name)>? LinkedUnits(string text, int start, int end)
        {
            for (var k = end - 4; k >= start + 3; k--)
            {
                if (gazetteer.Lookup(text[start..k]).All(e => e.Kind != EntityKind.GovernmentBody) && !IsPlacesUnit(text[start..k]))
                {
                    continue;
                }

                for (var link = 1; link <= 2 && k + link < end - 2; link++)
                {
                    var rest = k + link;
                    if (text[rest] is '市' or '县' or '区' && text[k..rest].All(c => ChineseScript.IsHan(c) && c is not ('市' or '县' or '区' or '省'))
                        && !gazetteer.Match(text[k..end]).Any(m => m.Start == 0 && m.Candidates.Any(c => c.Kind == EntityKind.Region))
                        && OrganisationSuffixes.Of(text[rest..end], unitContext: true) is { Kind: EntityKind.GovernmentBody })
                    {
                        return [(start, k, text[start..k]), (rest, end, text[rest..end])];
                    }
                }
            }

            return null;
        }

        /// <summary>A unit's name the graph lacks that its words make one (某区统计局, 区统计局: a place the graph knows or 市, 县, 区, then a unit's words).</summary>
        private bool IsPlacesUnit(string name) =>
            OrganisationSuffixes.Of(name, unitContext: true) is { Kind: EntityKind.GovernmentBody }
            && (name.Length >= 4 && name[0] is '市' or '县' or '区'
                || gazetteer.Match(name).Any(m => m.Start == 0 && m.End < name.Length - 2 && m.Candidates.Any(c => c.Kind == EntityKind.Region)));

        /// <summary>
        /// A new name that a page break cut off at the paragraph's end (某市 | 人民政府办公室…, 某大学 | 工程师学院分院…): read
        /// with the words the next page opens with, named whole, its span the part in this paragraph.
        /// </summary>
        private void AddNameCutByPageBreak(string text, string? next, List<Mention> mentions)
        {
            const int tailLength = 12;
            if (next is null || text.Length == 0 || !ChineseScript.IsHan(text[^1]) || PageHead().Match(next) is not { Success: true } head)
            {
                return;
            }

            var tailStart = Math.Max(0, text.Length - tailLength);
            while (tailStart < text.Length - 1 && !ChineseScript.IsHan(text[tailStart]))
            {
                tailStart++;
            }

            var joined = text[tailStart..] + head.Value;
            var cut = text.Length - tailStart;
            foreach (var (start, end, kind, confidence) in NewEntityRule.Find(segmenter.Segment(joined), joined).GroupBy(n => n.Start).Select(g => g.MaxBy(n => n.End)))
            {
                var name = joined[start..end];
                if (start >= cut || end <= cut || gazetteer.Lookup(name).Count > 0 || mentions.Any(m => m.Start < tailStart + start && tailStart + start < m.End))
                {
                    continue;
                }

                mentions.Add(New(tailStart + start, text.Length, name, kind, NewEntityRule.Method, confidence, $"new {kind} cut by a page break: check the name and kind"));
            }
        }


        /// <summary>The words a page opens with, up to the first punctuation or figure.</summary>
        [System.Text.RegularExpressions.GeneratedRegex(@"^[\u4e00-\u9fff]{2,12}")]
        private static partial System.Text.RegularExpressions.Regex PageHead();

        /// <summary>A programme of a level pair (<see cref="LevelPairRule"/>): known by the words the text gives it, else new with its full name.</summary>
        private Mention Programme(int start, int end, string written, string name) =>
            (gazetteer.Lookup(written) is { Count: > 0 } known ? known : gazetteer.Lookup(name)) is { Count: > 0 } found
                ? _resolver.Resolve(new GazetteerMatch(start, end, written, found)) with { Method = LevelPairRule.Method + "+gazetteer" }
                : New(start, end, name, EntityKind.Programme, LevelPairRule.Method, 0.5, "new Programme of the country or the province, stated once for both: check the name");

        /// <summary>A name a rule read from its context (an event held, a quoted series, a strategy put into effect): known, else new; never inside or across another name.</summary>
        private void AddNamed(List<Mention> mentions, int start, int end, string name, EntityKind kind, string method)
        {
            if (mentions.Any(m => m.Start < end && start < m.End && !(start <= m.Start && m.End <= end)))
            {
                return;
            }

            mentions.RemoveAll(m => start <= m.Start && m.End <= end);
            mentions.Add(gazetteer.Lookup(name) is { Count: > 0 } known
                ? _resolver.Resolve(new GazetteerMatch(start, end, name, known)) with { Method = method + "+gazetteer" }
                : New(start, end, name, kind, method, 0.5, $"new {kind} from its context: check the name and kind"));
        }

        /// <summary>List items that take the kind of their list (<see cref="ListKindRule"/>), once every other name is read.</summary>
        private void AddListItems(string text, IReadOnlyList<Token> tokens, List<Mention> mentions)
        {
            foreach (var (start, end, name, kind) in ListKindRule.Find(tokens, text, mentions).ToList())
            {
                AddNamed(mentions, start, end, name, kind, ListKindRule.Method);
            }
        }
    }
}
