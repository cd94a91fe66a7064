using System.Text.RegularExpressions;
using InnoGraph.Domain.Model;
using InnoGraph.Domain.Text;
using InnoGraph.Ingestion.Rules.Indicators;

namespace InnoGraph.Ingestion.Rules;

/// <summary>A relation read from a sentence: the two mentions, the type, the span of the words that state it and the pattern's name.</summary>
public sealed record StatedRelation(Mention From, RelationType Type, Mention To, int Start, int End, string Pattern, double Confidence);

/// <summary>
/// Co-building and location as the documents state them. Co-building: 共建, 合作共建, 联合共建,
/// 共同建设, 合作建设, 联合…建设, 联合…打造, 合作/联合/共同 + 设立/成立 (a body set up together), and for an event 合作举办, 联合举办, 共同举办: the bodies after the verb in its clause (joined by 、 和 及) are built with
/// the bodies named before it in the clause (A与B共建C, A和B合作共建了C), or before it in the sentence
/// when the clause names none; <c>C由A与B共建</c> reads the other way. A sentence that names no partner
/// at all (累计共建A、B等载体) speaks for the document's city, which is then the partner. Location: a body followed by
/// 落户, 落地, 位于, 坐落于, 坐落在, 设在 or 建在 and a region or park, the last of the places named one right after another
/// (位于某市某区 → 某区), or named after it and 的 (位于某区的X), or before it after 在 (在某区建设X); the body may be taken up again by the last word of its
/// name (某某研究院,研究院落户某区).
/// </summary>
public static partial class RelationRules
{
    private static readonly EntityKind[] Built =
    [
        EntityKind.Institute, EntityKind.Laboratory, EntityKind.RdCentre, EntityKind.Platform, EntityKind.Park,
        EntityKind.University, EntityKind.Academy, EntityKind.Organisation, EntityKind.Enterprise,
    ];

    private static readonly EntityKind[] Partners =
    [
        EntityKind.GovernmentBody, EntityKind.Region, EntityKind.University, EntityKind.Academy, EntityKind.Institute,
        EntityKind.Laboratory, EntityKind.RdCentre, EntityKind.Enterprise, EntityKind.Organisation, EntityKind.Park, EntityKind.Platform,
    ];

    public static IEnumerable<StatedRelation> Find(string text, IReadOnlyList<Mention> mentions, Mention? documentCity = null)
    {
        // A name inside another (the university of 某大学某某研究院, the company of its branch) is neither built nor a partner there.
        var ordered = mentions.Where(m => !mentions.Any(o => o.Start <= m.Start && m.End <= o.End && o.End - o.Start > m.End - m.Start)).OrderBy(m => m.Start).ToList();
        foreach (Match verb in CoBuildPattern().Matches(text))
        {
            var clauseStart = Boundary(text, verb.Index, clause: true);
            var sentenceStart = Boundary(text, verb.Index, clause: false);
            var clauseEnd = BeforePlaceStated(text, verb.Index + verb.Length, IndicatorValueRule.ClauseEnd(text, verb.Index + verb.Length));
            // An event held together (合作举办的某某论坛) is built with its partners as a body is.
            var built = verb.Groups["held"].Success ? [.. Built, EntityKind.Programme] : Built;
            // A联合B建设C, A携手B组建C: B, between 联合 or 携手 and the verb it goes with, is a partner; what is built follows that verb.
            var between = verb.Groups["between"];
            var builtFrom = between.Success && between.Length > 0 ? between.Index + between.Length + 2 : verb.Index + verb.Length;
            var after = ordered.Where(m => m.Start >= builtFrom && m.End <= clauseEnd && built.Contains(m.Kind)).ToList();
            var before = ordered.Where(m => (m.End <= verb.Index && m.Start >= clauseStart || m.Start >= verb.Index + verb.Length && m.End <= builtFrom) && Partners.Contains(m.Kind)).ToList();
            var by = text.LastIndexOf('由', Math.Max(0, verb.Index - 1), Math.Max(0, verb.Index - clauseStart));
            if (by >= 0 && after.Count == 0)
            {
                // C由A与B共建: the built body stands before 由, the partners between 由 and the verb.
                after = ordered.Where(m => m.End <= by && m.Start >= sentenceStart && built.Contains(m.Kind)).TakeLast(1).ToList();
                before = before.Where(m => m.Start > by).ToList();
            }
            else if (before.Count == 0)
            {
                before = ordered.Where(m => m.End <= verb.Index && m.Start >= sentenceStart && Partners.Contains(m.Kind)).ToList();
            }

            var implicitPartner = before.Count == 0 && documentCity is not null;
            if (implicitPartner)
            {
                before = [documentCity! with { Start = verb.Index, End = verb.Index + verb.Length }];
            }

            // A partner named again after the verb (A与B携手打造的A某某研究院, where the rules cut the name) is not what it builds.
            foreach (var body in after.Where(b => (!implicitPartner || !PrefixOfLongerName(text, b)) && before.All(p => p.Id != b.Id)))
            {
                foreach (var partner in before.Where(p => p.Id != body.Id))
                {
                    yield return new StatedRelation(body, RelationType.CoBuiltWith, partner, Math.Min(partner.Start, body.Start), Math.Max(partner.End, body.End),
                        "co-build:" + verb.Value + (implicitPartner ? ":document-city" : ""), implicitPartner ? 0.5 : by >= 0 ? 0.6 : 0.7);
                }
            }
        }

        foreach (var builtIn in BuiltIn(text, ordered))
        {
            yield return builtIn;
        }

        // 西湖区西溪青创空间: a district or county named right before a body, without a break, is where it stands.
        for (var i = 0; i + 1 < ordered.Count; i++)
        {
            var (district, body) = (ordered[i], ordered[i + 1]);
            if (district.Kind == EntityKind.Region && district.Name[^1] is '区' or '县' && district.End == body.Start
                && body.Kind is EntityKind.Park or EntityKind.Platform or EntityKind.Institute or EntityKind.Laboratory or EntityKind.RdCentre)
            {
                yield return new StatedRelation(body, RelationType.LocatedIn, district, district.Start, body.End, "location:district-before", 0.6);
            }
        }

        foreach (Match verb in LocationPattern().Matches(text))
        {
            var place = MostSpecific(ordered, ordered.FirstOrDefault(m => m.Start >= verb.Index + verb.Length && m.Start - (verb.Index + verb.Length) <= 2
                && m.Kind is EntityKind.Region or EntityKind.Park or EntityKind.Platform));
            var body = ordered.LastOrDefault(m => m.End <= verb.Index && verb.Index - m.End <= 3 && text[m.End..verb.Index].All(ChineseScript.IsHan) && Built.Contains(m.Kind))
                ?? PlacedAfter(text, place, ordered) ?? TakenUp(text, verb.Index, ordered);
            if (body is not null && place is not null && body.Id != place.Id)
            {
                yield return new StatedRelation(body, RelationType.LocatedIn, place, Math.Min(body.Start, verb.Index), Math.Max(body.End, place.End), "location:" + verb.Value, 0.75);
            }
        }
    }

    /// <summary>
    /// 在某区建设X, 在某区布局建设X, 依托某新区建设X: a body built in a place the clause names right after 在 or 依托 (at most two
    /// characters of a verb's adverb between, 在某区加快建设X) is located there.
    /// </summary>
    private static IEnumerable<StatedRelation> BuiltIn(string text, List<Mention> ordered)
    {
        foreach (var (place, marker) in ordered.Where(m => m.Kind is EntityKind.Region or EntityKind.Park).Select(m => (m, PlaceMarker(text, m.Start))).Where(p => p.Item2 > 0))
        {
            var narrowest = MostSpecific(ordered, place)!;
            if (BuiltInVerb().Match(text, narrowest.End) is not { Success: true } verb || verb.Index != narrowest.End)
            {
                continue;
            }

            var clauseEnd = IndicatorValueRule.ClauseEnd(text, verb.Index + verb.Length);
            if (ordered.FirstOrDefault(m => m.Start >= verb.Index + verb.Length && m.End <= clauseEnd && Built.Contains(m.Kind)) is { } body && body.Id != narrowest.Id)
            {
                yield return new StatedRelation(body, RelationType.LocatedIn, narrowest, place.Start - marker, body.End, $"location:{text.Substring(place.Start - marker, marker)}…" + verb.Groups["verb"].Value, 0.7);
            }
        }
    }

    /// <summary>位于某区的X, 位于某区、已建成…的X: the body the place is said of, named right after the first 的 of the clause after it.</summary>
    private static Mention? PlacedAfter(string text, Mention? place, List<Mention> ordered)
    {
        if (place is null)
        {
            return null;
        }

        var of = text.IndexOf('的', place.End, IndicatorValueRule.ClauseEnd(text, place.End) - place.End);
        return of >= 0 && !ordered.Any(m => m.Start >= place.End && m.End <= of && Built.Contains(m.Kind))
            ? ordered.FirstOrDefault(m => m.Start == of + 1 && Built.Contains(m.Kind))
            : null;
    }

    /// <summary>
    /// The length of the word before a place that says a body is built there (在, 依托), or that makes the place the one who
    /// builds it (支持某县建设X, 推动某开发区建设X), else 0.
    /// </summary>
    private static int PlaceMarker(string text, int placeStart) =>
        placeStart >= 2 && TwoCharacterMarkers.Any(w => string.CompareOrdinal(text, placeStart - 2, w, 0, 2) == 0) ? 2 : placeStart >= 1 && text[placeStart - 1] == '在' ? 1 : 0;

    private static readonly string[] TwoCharacterMarkers = ["依托", "支持", "推动"];

    /// <summary>Where the words a body is built by end: at a verb of place in the clause (…共建的某研究院落户某新城), after which a place is named, not a body built.</summary>
    private static int BeforePlaceStated(string text, int from, int clauseEnd) =>
        LocationPattern().Match(text, from) is { Success: true } place && place.Index < clauseEnd ? place.Index : clauseEnd;

    /// <summary>The last of the places named one right after another from <paramref name="place"/> on (位于某市某区某镇 → 某镇): the narrowest.</summary>
    private static Mention? MostSpecific(List<Mention> ordered, Mention? place)
    {
        while (place is not null && ordered.FirstOrDefault(m => m.Start == place.End && m.Kind is EntityKind.Region or EntityKind.Park) is { } next)
        {
            place = next;
        }

        return place;
    }

    /// <summary>
    /// The body a clause takes up again by the last word of its name alone (…共建某某光电研究院,研究院落户某区; …创新中心,中心落户…):
    /// the last body of the sentence before the clause whose name ends with that word.
    /// </summary>
    private static Mention? TakenUp(string text, int verbStart, List<Mention> ordered)
    {
        var clauseStart = Boundary(text, verbStart, clause: true);
        var word = text[clauseStart..verbStart];
        if (word.Length is < 2 or > 4 || !word.All(ChineseScript.IsHan))
        {
            return null;
        }

        var sentenceStart = Boundary(text, verbStart, clause: false);
        return ordered.LastOrDefault(m => m.End <= clauseStart && m.Start >= sentenceStart && Built.Contains(m.Kind) && m.Name.Length > word.Length && m.Name.EndsWith(word, StringComparison.Ordinal));
    }

    /// <summary>A known name the text goes on from without a break (天津大学 in 天津大学某某研究院, a name the rules cut): not the body built.</summary>
    private static bool PrefixOfLongerName(string text, Mention mention) =>
        mention.End < text.Length && ChineseScript.IsHan(text[mention.End]) && !"、和与及等".Contains(text[mention.End], StringComparison.Ordinal);

    private static int Boundary(string text, int at, bool clause)
    {
        char[] stops = clause ? ['。', ';', '；', ',', '，', '!', '?'] : ['。', ';', '；', '!', '?'];
        var i = at == 0 ? -1 : text.LastIndexOfAny(stops, at - 1);
        return i + 1;
    }

    [GeneratedRegex(@"合作共建|联合共建|共同(?:建设|打造|组建)|(?:合作|联合|共同)(?:设立|成立)|合作建设|携手(?:共建|建设|打造)|共建|(?<held>合作举办|联合举办|共同举办)|(?:联合|携手)(?=(?<between>[^，。,]{0,12}?)(?:建设|打造|组建))")]
    private static partial Regex CoBuildPattern();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}{0,2}?(?<verb>布局建设|建设|建成|打造|设立|组建|成立)")]
    private static partial Regex BuiltInVerb();

    [GeneratedRegex(@"落户|落地|位于|坐落于|坐落在|设在|建在")]
    private static partial Regex LocationPattern();
}
