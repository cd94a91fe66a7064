using InnoGraph.Domain.Model;
using InnoGraph.Domain.Text;
using InnoGraph.Ingestion.Facts;
using InnoGraph.Ingestion.Gazetteer;
using InnoGraph.Ingestion.Normalisation;
using InnoGraph.Ingestion.Rules;
using InnoGraph.Ingestion.Rules.Indicators;
using InnoGraph.Ingestion.Rules.Location;
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
        var city = options.City is null ? null : DocumentCity.Find(gazetteer, options.City);
        var actionsNamed = source.Paragraphs.Any(p => TaskHeadingRule.Find(p.Text.Text).Any(h => h.IsAction));
        var run = new Run(gazetteer, city, options, WordSegmenter.With(gazetteer.Names), options.Year is null ? YearContext.FirstNamed(source.Paragraphs.Select(p => p.Text.Text)) : null, actionsNamed);
        for (var i = 0; i < source.Paragraphs.Count; i++)
        {
            run.Read(source.Paragraphs[i], i + 1 < source.Paragraphs.Count && source.Paragraphs[i + 1].OpensPage ? source.Paragraphs[i + 1].Text.Text : null);
        }

        run.LocateBodies();
        run.DropBoundsStatedExactly();
        var script = ChineseScript.HasTraditional(text) && source.Paragraphs.Count(p => ChineseScript.HasTraditional(p.Original)) * 2 > source.Paragraphs.Count ? "zh-Hant" : "zh-Hans";
        return new IngestResult(
            new SourceProposal(options.SourceId, options.File, options.Title, city?.Id ?? options.City, options.Date, script, source.Paragraphs.Count),
            [.. run.Entities.Values.OrderByDescending(e => e.Confidence).ThenBy(e => e.Evidence[0].Paragraph).ThenBy(e => e.Evidence[0].Start)],
            [.. run.Relations.Values.OrderByDescending(r => r.Confidence).ThenBy(r => r.Evidence.Paragraph).ThenBy(r => r.Evidence.Start)],
            [.. run.Observations.Values.OrderByDescending(o => o.Confidence).ThenBy(o => o.Evidence.Paragraph).ThenBy(o => o.Evidence.Start)]);
    }

    /// <param name="firstNamedYear">For an undated document, the first year it names: what its opening paragraphs tell without a year is told as of then.</param>
    /// <param name="actionsNamed">Whether the document names its actions (…行动): then no other heading is one.</param>
    private sealed partial class Run(GazetteerIndex gazetteer, DocumentCity? city, IngestOptions options, WordSegmenter segmenter, int? firstNamedYear, bool actionsNamed)
    {
        private readonly NameResolver _resolver = new(gazetteer, city);
        private PartnerInName? _partners;
        private NamesInName? _namesInName;
        private DesignationNames? _designations;
        private readonly Dictionary<string, string> _newIds = new(StringComparer.Ordinal);
        private readonly HashSet<string> _located = new(StringComparer.Ordinal);
        private string? _action;
        private string? _task;
        private int _taskCount;
        private int _actionCount;
        private int _unnamedTasks;
        private bool _openList;
        private int _actionLevel;
        private readonly List<(Paragraph Paragraph, Heading Heading, bool Emitted)> _open = [];
        private int? _carriedYear = firstNamedYear;
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
            var text = paragraph.Text.Text;
            // Tasks and actions are the parts of the plan that names them: another document's words that match one are not it.
            var tokens = segmenter.Segment(text);
            var matches = gazetteer.Match(text).Where(m => !m.Candidates.All(c => c.Kind is EntityKind.Task or EntityKind.Action) && !SplitsWord(m, tokens)).ToList();
            var mentions = matches.Select(m => _resolver.Resolve(Counted(text, m))).ToList();
            var units = new List<(UnitList List, List<Mention> Units)>();
            Func<int, bool> insideKnownName = at => matches.Any(m => m.Start < at && at < m.End - 1);
            var lists = UnitListRule.Find(text, insideKnownName).ToList();
            if (_openList && UnitListRule.Continuation(text, insideKnownName) is { } continued)
            {
                lists.Insert(0, continued);
            }

            _openList = UnitListRule.EndsWithOpenList(text);
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
            var valueMentions = mentions.ToList();
            var figures = NewIndicators(text, mentions);
            foreach (var mention in mentions)
            {
                Entity(mention, paragraph);
                foreach (var region in NamesInName.Of(mention))
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

            ReadHeadingsAndLists(paragraph, units, next);
            var cityMention = city is null ? null : new Mention(0, 0, city.Id, EntityKind.Region, city.Name, false, "document-city", 0.5);
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

            _carriedYear = YearContext.Last(text) ?? _carriedYear;
        }

        private YearContext Years => new(options.Year, options.PeriodEnd, _carriedYear);

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
            foreach (var figure in NewIndicatorRule.Find(text, Years, _indicatorNames))
            {
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
        public void LocateBodies()
        {
            var names = new NamePlace(gazetteer, _resolver, Partners, city);
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
                else if (city is not null && !institution)
                {
                    AddRelation(new RelationProposal(entity.Id, RelationType.LocatedIn, city.Id, first with { Method = "document-city", Confidence = 0.3 })
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

        private void ReadHeadingsAndLists(Paragraph paragraph, List<(UnitList List, List<Mention> Units)> units, string? next)
        {
            var events = TaskHeadingRule.Find(paragraph.Text.Text, next).Select(h => (h.Start, Heading: (Heading?)h, List: ((UnitList, List<Mention>)?)null))
                .Concat(units.Select(u => (u.List.Start, Heading: (Heading?)null, List: ((UnitList, List<Mention>)?)u)))
                .OrderBy(e => e.Start);
            foreach (var (_, heading, list) in events)
            {
                if (heading is not null)
                {
                    Heading(paragraph, heading);
                }
                else if (list is { } l)
                {
                    Responsible(paragraph, l.Item1, l.Item2);
                }
            }
        }

        private void Heading(Paragraph paragraph, Heading heading)
        {
            _open.RemoveAll(o => o.Heading.Level >= heading.Level);
            if (heading.Deferred)
            {
                _task = null;
                if (_action is not null && heading.Level <= _actionLevel)
                {
                    _action = null;
                }

                if (!heading.IsChapter)
                {
                    _open.Add((paragraph, heading, false));
                }

                return;
            }

            if (heading.IsAction)
            {
                AddAction(paragraph, heading);
                return;
            }

            // In a document that names no action …行动, a deferred heading ((二)…) with numbered tasks under it is their action.
            if (!actionsNamed && _action is null && _open.Count > 0 && _open[^1] is { Emitted: false } parent)
            {
                AddAction(parent.Paragraph, parent.Heading);
                _open[^1] = parent with { Emitted = true };
            }

            AddTask(paragraph, heading);
        }

        /// <summary>The innermost open heading before a list is its task, and the open heading above it its action.</summary>
        private void OpenTask()
        {
            if (_open.Count == 0)
            {
                return;
            }

            var (paragraph, heading, _) = _open[^1];
            _open.RemoveAt(_open.Count - 1);
            if (_open.Count > 0 && _open[^1] is { Emitted: false } parent)
            {
                AddAction(parent.Paragraph, parent.Heading);
                _open[^1] = parent with { Emitted = true };
            }

            AddTask(paragraph, heading with { Number = (ChineseNumber.Parse(heading.Number) ?? _taskCount + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        private void AddAction(Paragraph paragraph, Heading heading)
        {
            var evidence = Evidence(paragraph, heading.Start, heading.End, TaskHeadingRule.Method, 0.6);
            _actionCount = ChineseNumber.Parse(heading.Number) ?? _actionCount + 1;
            _actionLevel = heading.Level;
            _taskCount = 0;
            _action = $"action.{options.SourceId}.{_actionCount}";
            Add(new EntityProposal(_action, EntityKind.Action, heading.Name, true, [evidence])
            {
                Properties = new Dictionary<string, object> { ["number"] = _actionCount.ToString(System.Globalization.CultureInfo.InvariantCulture), ["order"] = (long)_actionCount },
            });
        }

        private void AddTask(Paragraph paragraph, Heading heading)
        {
            var evidence = Evidence(paragraph, heading.Start, heading.End, TaskHeadingRule.Method, 0.6);
            _taskCount++;
            var number = _action is null ? heading.Number : $"{_actionCount}.{heading.Number}";
            _task = $"task.{options.SourceId}.{number.Replace('.', '-')}";
            Add(new EntityProposal(_task, EntityKind.Task, heading.Name, true, [evidence])
            {
                Properties = new Dictionary<string, object> { ["number"] = number, ["order"] = (long)_taskCount },
            });
            if (_action is not null)
            {
                AddRelation(new RelationProposal(_task, RelationType.PartOf, _action, evidence with { Method = "task-in-action" })
                {
                    Properties = new Dictionary<string, object> { ["order"] = (long)_taskCount },
                });
            }
        }

        private void Responsible(Paragraph paragraph, UnitList list, List<Mention> units)
        {
            if (_task is null)
            {
                OpenTask();
            }

            if (_task is null)
            {
                _unnamedTasks++;
                _task = $"task.{options.SourceId}.list-{_unnamedTasks}";
                Add(new EntityProposal(_task, EntityKind.Task, $"任务{_unnamedTasks}", true, [Evidence(paragraph, list.Start, list.End, UnitListRule.Method, 0.3)])
                {
                    Review = "no numbered heading before this list of responsible units: name the task",
                });
            }

            for (var i = 0; i < units.Count; i++)
            {
                var unit = units[i];
                var evidence = Evidence(paragraph, unit.Start, unit.End, UnitListRule.Method + (i == 0 ? ":lead" : ":co"), unit.IsNew ? 0.6 : 0.9);
                var relation = new RelationProposal(unit.Id, RelationType.ResponsibleFor, _task, evidence)
                {
                    Properties = new Dictionary<string, object> { ["role"] = i == 0 ? "LEAD" : "CO", ["order"] = (long)(i + 1) },
                };
                AddRelation(relation);
            }

            if (list.Truncated && Entities.TryGetValue(_task, out var task))
            {
                Entities[_task] = task with { Properties = new Dictionary<string, object>(task.Properties) { ["ownersTruncated"] = true }, Review = "the list of responsible units runs past the paragraph: check it is whole" };
            }

            _task = null;
        }

        private Mention Unit(int start, int end, string name)
        {
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
            return New(start, end, full, kind, UnitListRule.Method, 0.6, $"new unit '{name}': check the official name ('{full}' proposed)");
        }

        /// <summary>A local body's official name for its short form in this city's document; other names as written.</summary>
        private string Official(string name) =>
            CountyBodies.Official(name, gazetteer, city) is { } county ? county
            : city is null ? name
            : OfficialNames.Of(name, city) is { } official ? official
            : NameResolver.IsShortForm(name) && name[0] is '市' or '县' or '区' ? city.Name + name[1..]
            : name;

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
        /// A two-character name that starts or ends inside a word of the text (中国 in 其中国家) is not mentioned there:
        /// jieba has every known name as a word, so a name cut apart by it is a chance run of characters.
        /// </summary>
        private static bool SplitsWord(GazetteerMatch match, IReadOnlyList<Token> tokens) =>
            match.End - match.Start == 2 && tokens.Any(t => (t.Start < match.Start && match.Start < t.End) || (t.Start < match.End && match.End < t.End));

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
                         .Concat(ConferredTitleRule.Find(text).Select(n => (n.Start, n.End, n.Name, n.Kind, ConferredTitleRule.Method))))
            {
                AddNamed(mentions, start, end, name, kind, method);
            }

            foreach (var (start, nameEnd, kind, confidence) in NewEntityRule.Find(tokens, text))
            {
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

                if (kind == EntityKind.GovernmentBody && UnitListRule.Split(text, start, end) is { Count: > 1 } parts)
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

        /// <summary>
        /// A new name that a page break cut off at the paragraph's end (某市 | 人民政府办公室…, 某大学 | 工程师学院分院…): read
        /// with the words the next page opens with, named whole, its span the part in this paragraph.
        /// </summary>
        private void AddNameCutByPageBreak(string text, string? next, List<Mention> mentions)
        {
            const int tailLength = 12;
            if (next is null || text.Length == 0 || !IsHan(text[^1]) || PageHead().Match(next) is not { Success: true } head)
            {
                return;
            }

            var tailStart = Math.Max(0, text.Length - tailLength);
            while (tailStart < text.Length - 1 && !IsHan(text[tailStart]))
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

        private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';

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

        private bool IsPlace(string name) => gazetteer.Lookup(name).Any(e => e.Kind == EntityKind.Region);

        /// <summary>The place 省 or 市 (县, 区) stands for in this document: the province the city is part of (a county's through its city), or the city.</summary>
        private DocumentCity? PlaceOf(char level) =>
            city is null ? null
            : level != '省' ? city
            : gazetteer.PartOf(city.Id).SelectMany(p => gazetteer.PartOf(p.Id).Prepend(p)).Select(p => DocumentCity.Find(gazetteer, p.Id)).FirstOrDefault(p => p is not null && p.Name.EndsWith('省'));

        /// <summary>A short form of <paramref name="place"/>'s body (市委, 省政府): the known body of that official name, else a new one.</summary>
        private Mention Body(int start, int end, string shortForm, DocumentCity place)
        {
            var official = OfficialNames.Of(shortForm, place) ?? shortForm;
            return gazetteer.Lookup(official) is { Count: > 0 } known
                ? _resolver.Resolve(new GazetteerMatch(start, end, shortForm, known)) with { Method = JointMethod }
                : New(start, end, official, EntityKind.GovernmentBody, JointMethod, 0.6, $"new GovernmentBody '{shortForm}': check the official name ('{official}' proposed)");
        }

        private const string JointMethod = "joint-leadership";

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

        private void AddObservation(Paragraph paragraph, IndicatorValue value)
        {
            var indicator = value.Indicator;
            if (DerivedIndicator.Of(indicator) is { } derivedFrom)
            {
                if (derivedFrom.Name(id => gazetteer.ById.GetValueOrDefault(id)?.Name ?? Entities.GetValueOrDefault(id)?.Name) is not { } name)
                {
                    return;
                }

                var derived = KnownIndicator.Find(gazetteer, name, value.Scope) is { } known
                    ? new Mention(value.Start, value.End, known.Id, known.Kind, known.Name, false, IndicatorValueRule.Method, 0.6)
                    : NewIndicator(value.Start, value.End, name, value.Unit, IndicatorValueRule.Method, DerivedIndicator.Review);
                indicator = derived.Id;
                Entity(derived, paragraph);
            }

            if (value.Region == city?.Id && !Entities.ContainsKey(city.Id))
            {
                Add(new EntityProposal(city.Id, EntityKind.Region, city.Name, false, [Evidence(paragraph, value.Start, value.End, "document-city", 0.5)]));
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
