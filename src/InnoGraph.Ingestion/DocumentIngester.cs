using InnoGraph.Domain.Model;
using InnoGraph.Domain.Text;
using InnoGraph.Ingestion.Facts;
using InnoGraph.Ingestion.Gazetteer;
using InnoGraph.Ingestion.Normalisation;
using InnoGraph.Ingestion.Rules;
using InnoGraph.Ingestion.Rules.Indicators;
using InnoGraph.Ingestion.Rules.Location;
using InnoGraph.Ingestion.Rules.Tables;
using InnoGraph.Ingestion.Segmentation;

namespace InnoGraph.Ingestion;

/// <summary>
/// Reads a document and proposes its entities and facts: known names through the gazetteer (their
/// ids reused), new ones through segmentation and suffix rules, then responsible-unit lists,
/// co-building, location and indicator values, each with its paragraph, original span, method and
/// confidence. Nothing is written; <see cref="Draft.DraftWriter"/> turns the result into a seed file.
/// </summary>
public sealed partial class DocumentIngester(GazetteerIndex gazetteer)
{
    public IngestResult Ingest(string text, IngestOptions options)
    {
        var source = SourceText.Parse(text);
        var titleLine = options.Title ?? (source.Paragraphs.Count > 0 ? source.Paragraphs[0].Text.Text : "");
        var city = options.City is null ? DocumentCity.OpeningTitle(gazetteer, titleLine) : DocumentCity.Find(gazetteer, options.City);
        var chaptersNamingActions = TaskHeadingRule.ChaptersNamingActions(source.Paragraphs.Select(p => p.Text.Text));
        var periodEnd = options.PeriodEnd ?? (options.Title is null && source.Paragraphs.Count > 0 ? PlanPeriod.OfTitleLine(source.Paragraphs[0].Text.Text) : null);
        var county = city?.CountyNamedIn(gazetteer, titleLine);
        var documentYear = options.Year ?? PlanPeriod.Start(titleLine);
        var plannedFrom = PlanPeriod.PlannedFrom(titleLine);
        var firstNamedYear = documentYear is null ? YearContext.FirstNamed(source.Paragraphs.Select(p => p.Text.Text)) : null;
        var run = new Run(gazetteer, city, options, WordSegmenter.With(gazetteer.Names), documentYear, firstNamedYear, chaptersNamingActions, periodEnd, county, plannedFrom);
        for (var i = 0; i < source.Paragraphs.Count; i++)
        {
            run.Read(source.Paragraphs[i], i + 1 < source.Paragraphs.Count && source.Paragraphs[i + 1].OpensPage ? source.Paragraphs[i + 1].Text.Text : null);
        }

        run.FinishTableRow();

        run.LocateBodies();
        run.NameCommitteesByTheirParks();
        run.DropBoundsStatedExactly();
        var zone = city is null ? null : DocumentZone.In(titleLine, city);
        var script = ChineseScript.HasTraditional(text) && source.Paragraphs.Count(p => ChineseScript.HasTraditional(p.Original)) * 2 > source.Paragraphs.Count ? "zh-Hant" : "zh-Hans";
        var result = new IngestResult(
            new SourceProposal(options.SourceId, options.File, options.Title, city?.Id ?? options.City, options.Date, script, source.Paragraphs.Count) { CityFromTitle = options.City is null && city is not null },
            [.. run.Entities.Values.OrderByDescending(e => e.Confidence).ThenBy(e => e.Evidence[0].Paragraph).ThenBy(e => e.Evidence[0].Start)],
            [.. run.Relations.Values.OrderByDescending(r => r.Confidence).ThenBy(r => r.Evidence.Paragraph).ThenBy(r => r.Evidence.Start)],
            [.. run.Observations.Values.OrderByDescending(o => o.Confidence).ThenBy(o => o.Evidence.Paragraph).ThenBy(o => o.Evidence.Start)]);
        return zone is null ? result : zone.Apply(result, city!);
    }

    /// <param name="documentYear">The year of the document's date, or for an undated plan the first year of its period (<see cref="PlanPeriod.Start"/>).</param>
    /// <param name="firstNamedYear">For an undated document, the first year it names: what its opening paragraphs tell without a year is told as of then.</param>
    /// <param name="plannedFrom">The first year a plan's title plans for (<see cref="PlanPeriod.PlannedFrom"/>): its figures from then on are targets.</param>
    /// <param name="chaptersNamingActions">The chapters that name actions of theirs (…行动): where any does, only in those is another heading one.</param>
    /// <param name="periodEnd">The end of the period the title states, or the first line when no title is given (<see cref="PlanPeriod"/>).</param>
    /// <param name="namedCounty">For a city's document, the county or district its title (or first line) names: whose bodies its 区… and 县… are.</param>
    private sealed partial class Run(GazetteerIndex gazetteer, DocumentCity? city, IngestOptions options, WordSegmenter segmenter, int? documentYear, int? firstNamedYear, IReadOnlySet<int> chaptersNamingActions, int? periodEnd, DocumentCity? namedCounty, int? plannedFrom)
    {
        private readonly NameResolver _resolver = new(gazetteer, city);
        private PartnerInName? _partners;
        private NamesInName? _namesInName;
        private DesignationNames? _designations;
        private readonly Dictionary<string, string> _newIds = new(StringComparer.Ordinal);
        private readonly HashSet<string> _located = new(StringComparer.Ordinal);
        private int? _carriedYear = firstNamedYear;
        private int? _headingYear;
        private int? _plannedYear;
        private readonly IReadOnlyList<string> _cityParts = CityParts.Of(gazetteer, city?.Id);
        private readonly IReadOnlyList<KnownEntity> _indicators = [.. gazetteer.Entities.Where(e => e.Kind == EntityKind.Indicator)];
        private readonly IReadOnlyCollection<string> _indicatorNames = [.. gazetteer.Entities.Where(e => e.Kind == EntityKind.Indicator).Select(e => e.Name)];

        public Dictionary<string, EntityProposal> Entities { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, RelationProposal> Relations { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, ObservationProposal> Observations { get; } = new(StringComparer.Ordinal);

        private string CitySlug => city?.Slug ?? "unknown";

        /// <param name="next">The next paragraph's text when a page break opens it: it carries on what the break cut off at this one's end.</param>
        public void Read(Paragraph paragraph, string? next)
        {
            var row = paragraph.Row;
            if (row is not { Continues: true })
            {
                FinishTableRow();
            }

            _readingTaskRow = row is { IsTaskTable: true };
            var text = row is null ? paragraph.Text.Text : TableReading.Text(paragraph.Text.Text, row);
            // Tasks and actions are the parts of the plan that names them: another document's words that match one are not it.
            var tokens = segmenter.Segment(text);
            var matches = gazetteer.Match(text).Where(m => !m.Candidates.All(c => c.Kind is EntityKind.Task or EntityKind.Action) && !SplitsWord(m, tokens) && !NamesAnotherQuantity(text, m)).ToList();
            var mentions = matches.SelectMany(m => ResolvedWithTitle(text, m)).ToList();
            var units = new List<(UnitList List, List<Mention> Units)>();
            Func<int, bool> insideKnownName = at => matches.Any(m => m.Start < at && at < m.End - 1);
            var lists = row is null ? UnitListRule.Find(text, insideKnownName).ToList() : TaskTableReader.Units(paragraph.Text.Text, row, insideKnownName).ToList();
            if (row is null && _openList && UnitListRule.Continuation(text, insideKnownName) is { } continued)
            {
                lists.Insert(0, continued);
            }

            _openList = row is null && UnitListRule.EndsWithOpenList(text);
            foreach (var list in lists)
            {
                var resolved = list.Units.Select(u => Unit(u.Start, u.End, u.Name)).ToList();
                mentions.RemoveAll(m => m.Start < list.End && list.Start < m.End);
                mentions.AddRange(resolved);
                units.Add((list, resolved));
            }

            foreach (var (start, end, name) in CopyListRule.Find(text, insideKnownName))
            {
                mentions.RemoveAll(m => m.Start < end && start < m.End);
                mentions.Add(Unit(start, end, name) with { Method = CopyListRule.Method });
            }

            AddNewNames(text, tokens, mentions, titleLine: paragraph.Number == 1);
            AddNameCutByPageBreak(text, next, mentions);
            AddListItems(text, tokens, mentions);
            AddProvincialDepartments(text, mentions);
            AddListedBodies(text, mentions);
            NameShortFormsByTheirPlace(mentions);
            var valueMentions = mentions.ToList();
            var figures = NewIndicators(text, mentions);
            if (row is { IsIndicatorTable: true })
            {
                figures.AddRange(TableIndicators(paragraph, row, mentions));
            }

            valueMentions.RemoveAll(m => m.Kind == EntityKind.Indicator && !mentions.Contains(m));
            foreach (var mention in mentions)
            {
                Entity(mention, paragraph);
                foreach (var region in NamesInName.Of(mention, text))
                {
                    Entity(region, paragraph);
                }

                PartOfNamedUniversity(mention, paragraph);

                if (mention.IsNew && BranchParent.Of(mention.Name, IsPlace) is { } parent)
                {
                    var end = mention.Start + Math.Min(parent.Name.Length, mention.End - mention.Start);
                    Entity(gazetteer.Lookup(parent.Name) is { Count: > 0 } known
                        ? _resolver.Resolve(new GazetteerMatch(mention.Start, end, parent.Name, known)) with { Method = BranchParent.Method }
                        : New(mention.Start, end, parent.Name, parent.Kind, BranchParent.Method, 0.5, $"new {parent.Kind} named in its branch's name: check the name and kind"), paragraph);
                }
            }

            if (row is { IsBodyTable: true })
            {
                ReadBodyRow(paragraph, row);
            }

            if (row is null)
            {
                ReadHeadingsAndLists(paragraph, units, next);
            }
            else
            {
                ReadTaskRow(paragraph, row, units);
            }
            var cityMention = city is null ? null : new Mention(0, 0, city.Id, EntityKind.Region, city.Name, false, DocumentCity.Method, 0.5);
            foreach (var stated in RelationRules.Find(text, mentions, cityMention))
            {
                var evidence = Evidence(paragraph, stated.Start, stated.End, stated.Pattern, stated.Confidence);
                AddRelation(new RelationProposal(stated.From.Id, stated.Type, stated.To.Id, evidence));
                if (stated.Type == RelationType.CoBuiltWith && (Partners.Known(stated.From) ?? (stated.From.IsNew ? NewUniversityInName(stated.From) : null)) is { } university)
                {
                    AddRelation(new RelationProposal(stated.From.Id, RelationType.CoBuiltWith, university.Id, evidence with { Method = PartnerInName.Method, Confidence = 0.6 }));
                    Entity(university with { Start = stated.From.Start + university.Start, End = stated.From.Start + university.End, Method = PartnerInName.Method }, paragraph);
                }

                if (stated.Type == RelationType.LocatedIn)
                {
                    _located.Add(stated.From.Id);
                }
            }

            foreach (var value in IndicatorValueRule.Find(text, valueMentions, city?.Id, Years, _cityParts))
            {
                AddObservation(paragraph, value);
            }

            foreach (var value in figures)
            {
                AddObservation(paragraph, value);
            }

            foreach (var (indicator, value) in BodyRankRule.Find(text, valueMentions, _indicators, Years))
            {
                Entity(indicator, paragraph);
                AddObservation(paragraph, value);
            }

            _carriedYear = Years.Named(text) ?? _carriedYear;
            _plannedYear = HeadingYear.Planned(text, _plannedYear);
            _headingYear = HeadingYear.After(text, _headingYear, Years);
        }

        private YearContext Years => (_readingTaskRow || PlansItsPresent) && plannedFrom is null ? PlannedYears(new(documentYear, periodEnd, _carriedYear, _headingYear)) : new(documentYear, periodEnd, _carriedYear, _headingYear, plannedFrom);

        /// <summary>Under a heading that plans the year the document speaks as of (三、2026年重点任务 in a speech of 2026): what it sets is still to be done.</summary>
        private bool PlansItsPresent => _plannedYear is { } planned && planned == _present;

        private readonly int? _present = new YearContext(documentYear, periodEnd).Present;

        /// <summary>A task table's row, or a section that plans the present year, sets what is to be done: its figures of the year the document speaks as of are targets, as a plan's are.</summary>
        private static YearContext PlannedYears(YearContext years) => years with { PlanStart = years.Present };

        private bool _readingTaskRow;

        /// <summary>
        /// Indicators proposed from the figures of a paragraph that no known indicator covers (for the county or district of
        /// the city that the sentence names before the figure, else for the city), added to
        /// <paramref name="mentions"/> (a new body proposed inside their words is a count of such bodies, not
        /// a body, and leaves); their values are returned.
        /// </summary>
        private List<IndicatorValue> NewIndicators(string text, List<Mention> mentions)
        {
            var values = new List<IndicatorValue>();
            if (city is null)
            {
                return values;
            }

            var knownIndicators = mentions.Where(m => m.Kind == EntityKind.Indicator).ToList();
            foreach (var figure in NewIndicatorRule.Find(text, Years, _indicatorNames, segmenter))
            {
                if (figure.Name.StartsWith(YearContext.EachYear, StringComparison.Ordinal))
                {
                    // 每年新增省级重点实验室2家 is an increase set for each year, an indicator of its own, not the count 省级重点实验室数 it names.
                    var counted = knownIndicators.Where(m => figure.Start < m.Start && m.End <= figure.End && !m.Name.StartsWith(YearContext.EachYear, StringComparison.Ordinal)).ToList();
                    mentions.RemoveAll(counted.Contains);
                    knownIndicators.RemoveAll(counted.Contains);
                }

                if (knownIndicators.Any(m => m.Start < figure.End && figure.Start < m.End)
                    || (figure.NamedByRankedWords && mentions.Any(m => !m.IsNew && m.Kind is not (EntityKind.Indicator or EntityKind.Region) && figure.Start <= m.Start && m.End <= figure.End)))
                {
                    continue;
                }

                mentions.RemoveAll(m => m.IsNew && m.Kind != EntityKind.Indicator && figure.Start <= m.Start && m.End <= figure.End);
                var indicator = KnownIndicator.Find(gazetteer, figure.Name, figure.Values.FirstOrDefault()?.Scope, figure.Unit) is { } known
                    ? _resolver.Resolve(new GazetteerMatch(figure.Start, figure.End, figure.Name, [known])) with { Method = NewIndicatorRule.Method + "+gazetteer" }
                    : NewIndicator(figure.Start, figure.End, figure.Name, figure.Unit, NewIndicatorRule.Method, "new indicator from a figure: check its name and unit");
                if (!mentions.Any(m => m.Id == indicator.Id && m.Start == indicator.Start))
                {
                    mentions.Add(indicator);
                }

                var region = FigureRegion.Of(text, figure.Start, mentions, _cityParts, city.Id);
                values.AddRange(figure.Values.Select(v => v with { Indicator = indicator.Id, Region = region }));
            }

            return values;
        }

        /// <summary>
        /// Every body the location rule covers that has no place yet gets one: the one the text states, else the place
        /// its name carries, else the document's city, marked (a university or academy is left unplaced, with props.locationUnknown, for the reviewer).
        /// </summary>
        /// <summary>A new park committee named by the park's short form takes the full name of the park the document or graph names (<see cref="ParkCommittee"/>).</summary>
        public void NameCommitteesByTheirParks()
        {
            var parks = Entities.Values.Where(e => e.Kind == EntityKind.Park).Select(e => e.Name)
                .Concat(gazetteer.Entities.Where(e => e.Kind == EntityKind.Park).Select(e => e.Name)).ToList();
            foreach (var committee in Entities.Values.Where(e => e.IsNew && e.Kind == EntityKind.GovernmentBody).ToList())
            {
                if (ParkCommittee.FullName(committee.Name, parks) is { } full)
                {
                    Entities[committee.Id] = committee with { Name = full, Evidence = [.. committee.Evidence.Select(v => v with { Method = $"{v.Method}+{ParkCommittee.Method}" })] };
                }
            }
        }

        public void LocateBodies()
        {
            var names = new NamePlace(gazetteer, _resolver, Partners, city);
            var coBuilders = new CoBuilderPlace(gazetteer);
            foreach (var entity in Unplaced.Among(Entities.Values, gazetteer, _located))
            {
                var first = entity.Evidence[0];
                var (inName, institution) = names.Of(entity);
                if (inName is not null)
                {
                    AddRelation(new RelationProposal(entity.Id, RelationType.LocatedIn, inName.Id, first with { Method = NamePlace.Method, Confidence = 0.6 }));
                }
                else if (institution && entity.IsNew)
                {
                    Entities[entity.Id] = entity with
                    {
                        Properties = new Dictionary<string, object>(entity.Properties) { [LocationRule.UnknownProperty] = $"{options.SourceId} does not say where it is" },
                        Review = $"{entity.Review}; no place of the document's city in its name: give its place (LOCATED_IN) instead of props.locationUnknown if you know it",
                    };
                }
                else if (!institution && coBuilders.Of(entity.Id, Relations.Values, Entities) is { } coBuilt)
                {
                    AddRelation(new RelationProposal(entity.Id, RelationType.LocatedIn, coBuilt, first with { Method = CoBuilderPlace.Method, Confidence = 0.5 }));
                }
                else if (city is not null && !institution)
                {
                    AddRelation(new RelationProposal(entity.Id, RelationType.LocatedIn, city.Id, first with { Method = DocumentCity.Method, Confidence = 0.3 })
                    {
                        Review = $"placed in the document's city {city.Id} for want of a stated place: check, or give props.locationUnknown instead",
                    });
                }
            }
        }

        public void DropBoundsStatedExactly()
        {
            foreach (var bound in RankBounds.Superseded(Observations.Values))
            {
                Observations.Remove(bound.Id);
            }
        }

        private PartnerInName Partners => _partners ??= new PartnerInName(gazetteer, _resolver);

        private NamesInName NamesInName => _namesInName ??= new NamesInName(gazetteer, _resolver, Partners);

        /// <summary>A new body's name that begins with a university the graph lacks (某某大学某市研究院): that university, new too.</summary>
        private Mention? NewUniversityInName(Mention body) =>
            Partners.NewUniversity(body) is { } name ? New(0, name.Length, name, EntityKind.University, PartnerInName.Method, 0.5, PartnerInName.NewReview) : null;

        /// <summary>A body whose name begins with a university or academy (某某大学某市研究院, 某某学院某某研究院) is part of it.</summary>
        private void PartOfNamedUniversity(Mention body, Paragraph paragraph)
        {
            if (body.Kind is not (EntityKind.Institute or EntityKind.Laboratory or EntityKind.RdCentre or EntityKind.University) || body.End - body.Start != body.Name.Length)
            {
                return;
            }

            var parent = Partners.Known(body) ?? (body.IsNew ? NewUniversityInName(body) : null);
            if (parent is not { Start: 0 } || parent.Id == body.Id)
            {
                return;
            }

            AddRelation(new RelationProposal(body.Id, RelationType.PartOf, parent.Id, Evidence(paragraph, body.Start, body.End, PartnerInName.PartOfMethod, 0.6)));
            if (parent.IsNew)
            {
                Entity(parent with { Start = body.Start, End = body.Start + parent.End, Method = PartnerInName.PartOfMethod }, paragraph);
            }
        }

        private void AddRelation(RelationProposal relation) =>
            Relations.TryAdd(relation.Id, relation with { Known = gazetteer.Relations.Contains(relation.Id) });

        private Mention Unit(int start, int end, string written)
        {
            var name = CountyForm(written);
            if (gazetteer.Lookup(name) is { Count: > 0 } candidates)
            {
                return _resolver.Resolve(new GazetteerMatch(start, end, name, candidates)) with { Method = UnitListRule.Method + "+gazetteer" };
            }

            var full = Official(OfficialNames.Bracketed(name));
            if (gazetteer.Lookup(full) is { Count: > 0 } known)
            {
                return _resolver.Resolve(new GazetteerMatch(start, end, name, known)) with { Method = UnitListRule.Method + "+city" };
            }

            var kind = OrganisationSuffixes.Of(full, unitContext: true)?.Kind ?? EntityKind.GovernmentBody;
            return New(start, end, full, kind, UnitListRule.Method, 0.6, $"new unit '{written}': check the official name ('{full}' proposed)");
        }

        /// <summary>The county or district whose bodies 区… and 县… name: the document's own, or the one a city's document is about.</summary>
        private DocumentCity? OwnCounty => city is { IsCounty: true } ? city : namedCounty;

        /// <summary>
        /// A county's or district's unit by its short form (区科技局, 县发改局) written with the county's name (某区科技局), so that it
        /// is named as a named county's body is (<see cref="CountyBodies"/>): the document's own county or district, or the
        /// one a city's document is about; other names as written.
        /// </summary>
        private string CountyForm(string name)
        {
            var county = OwnCounty;
            return county is not null && name.Length >= 2 && name[0] == county.Name[^1] && name[0] is '区' or '县' ? county.Name + name[1..] : name;
        }

        /// <summary>A local body's official name for its short form in this city's document; other names as written.</summary>
        private string Official(string written) => OfficialNames.WithFullSuffix(OfficialOfShortForm(written));

        private string OfficialOfShortForm(string name) =>
            CountyBodies.Official(name, gazetteer, city) is { } county ? county
            : name.Length > 1 && name[0] == '省' && PlaceOf('省') is { } province && OfficialNames.Of(name, province) is { } provincial ? provincial
            : city is null ? name
            : OfficialNames.Of(name, city) is { } official ? official
            : NameResolver.IsShortForm(name) && name[0] is '市' or '县' or '区' ? city.Name + name[1..]
            : name;

        private bool IsPlace(string name) => gazetteer.Lookup(name).Any(e => e.Kind == EntityKind.Region);

        /// <summary>The place 省 or 市 (县, 区) stands for in this document: the province the city is part of (a county's through its city), or the city.</summary>
        private DocumentCity? PlaceOf(char level) =>
            city is null ? null
            : level != '省' ? city
            : gazetteer.Ancestors(city.Id).Select(p => DocumentCity.Find(gazetteer, p.Id)).FirstOrDefault(p => p is not null && p.Name.EndsWith('省'));

        /// <summary>
        /// A short form of <paramref name="place"/>'s body (市委, 省政府), or of the document's county's or district's (区政府, 县委:
        /// named as that county's bodies are, <see cref="CountyForm"/>): the known body of that official name, else a new one.
        /// </summary>
        private Mention Body(int start, int end, string shortForm, DocumentCity place, string method = JointMethod)
        {
            var county = CountyForm(shortForm);
            var official = (county != shortForm ? Official(county) : null) ?? OfficialNames.Of(shortForm, place) ?? shortForm;
            return gazetteer.Lookup(official) is { Count: > 0 } known
                ? _resolver.Resolve(new GazetteerMatch(start, end, shortForm, known)) with { Method = method }
                : New(start, end, official, EntityKind.GovernmentBody, method, 0.6, $"new GovernmentBody '{shortForm}': check the official name ('{official}' proposed)");
        }

        private const string JointMethod = "joint-leadership";
        private const string CountyGovernmentMethod = "county-government";

        private Mention New(int start, int end, string name, EntityKind kind, string method, double confidence, string review)
        {
            var core = kind == EntityKind.Designation ? Designations.Core(name) : null;
            if (core is not null && Designations.Known(core) is { } known)
            {
                return _resolver.Resolve(new GazetteerMatch(start, end, name, [known])) with { Method = DesignationNames.Method };
            }

            var key = core is null ? $"{kind}|{name}" : $"{kind}|core|{core}";
            if (!_newIds.TryGetValue(key, out var id))
            {
                id = $"{EntityKinds.Of(kind).IdPrefix}.{CitySlug}.{options.SourceId}-{_newIds.Count + 1}";
                _newIds[key] = id;
            }

            return new Mention(start, end, id, kind, name, true, method, confidence) { Review = review };
        }

        /// <summary>A new indicator, with the unit of its figures.</summary>
        private Mention NewIndicator(int start, int end, string name, string unit, string method, string review) =>
            New(start, end, name, EntityKind.Indicator, method, 0.5, review) with { Properties = new Dictionary<string, object> { ["unit"] = unit } };

        /// <summary>Designations named with the document's city and the province it is part of, by full and short name.</summary>
        private DesignationNames Designations => _designations ??= new DesignationNames(gazetteer, city is null ? []
            : [.. new[] { city, PlaceOf('省') }.OfType<DocumentCity>().SelectMany(p => new[] { p.Name, p.ShortName }).Distinct()]);

        private void Entity(Mention mention, Paragraph paragraph)
        {
            var evidence = Evidence(paragraph, mention.Start, mention.End, mention.Method, mention.Confidence);
            Add(new EntityProposal(mention.Id, mention.Kind, mention.Name, mention.IsNew, [evidence]) { Review = mention.Review, Properties = mention.Properties });
        }

        private void Add(EntityProposal proposal)
        {
            if (Entities.TryGetValue(proposal.Id, out var existing))
            {
                // Names of one designation: the first that states the level conferring it names it; the place is whom it was conferred on.
                var name = existing.IsNew && existing.Kind == EntityKind.Designation ? Designations.Name(existing.Name, proposal.Name) : existing.Name;
                Entities[proposal.Id] = existing with { Name = name, Evidence = [.. existing.Evidence, .. proposal.Evidence] };
                return;
            }

            Entities[proposal.Id] = proposal;
        }

        /// <summary>The name of an entity of the graph or of this document.</summary>
        private string? NameOf(string id) => gazetteer.ById.GetValueOrDefault(id)?.Name ?? Entities.GetValueOrDefault(id)?.Name;

        private KnownEntity? GrowthOf(DerivedIndicator growth) => NameOf(growth.BaseId) is { } baseName ? KnownIndicator.GrowthOf(_indicators, baseName) : null;

        private void AddObservation(Paragraph paragraph, IndicatorValue value)
        {
            var indicator = value.Indicator;
            var derivedFrom = DerivedIndicator.Of(indicator);
            if (derivedFrom is not null && derivedFrom.IsRankOfRank(NameOf))
            {
                indicator = derivedFrom.BaseId;
            }
            else if (derivedFrom is not null)
            {
                if (derivedFrom.Name(NameOf) is not { } name)
                {
                    return;
                }

                var derived = (KnownIndicator.Find(gazetteer, name, value.Scope) ?? (ChangePhrase.IsGrowth(derivedFrom.Words, value.Unit) ? GrowthOf(derivedFrom) : null)) is { } known
                    ? new Mention(value.Start, value.End, known.Id, known.Kind, known.Name, false, IndicatorValueRule.Method, 0.6)
                    : NewIndicator(value.Start, value.End, name, value.Unit, IndicatorValueRule.Method, DerivedIndicator.Review);
                indicator = derived.Id;
                Entity(derived, paragraph);
            }

            if (value.Region == city?.Id && !Entities.ContainsKey(city.Id))
            {
                Add(new EntityProposal(city.Id, EntityKind.Region, city.Name, false, [Evidence(paragraph, value.Start, value.End, DocumentCity.Method, 0.5)]));
            }

            var observation = new ObservationProposal(value.Region, indicator, value.Year, value.Value, value.Unit, value.Status,
                Evidence(paragraph, value.Start, value.End, IndicatorValueRule.Method, value.Status == "actual" ? 0.8 : 0.7))
            {
                Qualifier = value.Qualifier,
                Scope = value.Scope,
            };
            observation = ObservationKey.Distinct(observation, Observations);
            Observations.TryAdd(observation.Id, observation with { Known = gazetteer.Relations.Contains(observation.Id) });
        }

        private Evidence Evidence(Paragraph paragraph, int start, int end, string method, double confidence)
        {
            var span = paragraph.Text.ToOriginal(start, end);
            return new Evidence(options.SourceId, paragraph.Number, span.Start, span.End, span.Of(paragraph.Original), method, confidence);
        }
    }
}
