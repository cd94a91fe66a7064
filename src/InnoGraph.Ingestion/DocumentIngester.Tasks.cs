using InnoGraph.Domain.Model;
using InnoGraph.Ingestion.Facts;
using InnoGraph.Ingestion.Normalisation;
using InnoGraph.Ingestion.Rules;

namespace InnoGraph.Ingestion;

public sealed partial class DocumentIngester
{
    /// <summary>The plan's structure: actions and tasks by their headings, and the responsible-unit list of each task.</summary>
    private sealed partial class Run
    {
        private string? _action;
        private string? _task;
        private int _taskCount;
        private int _actionCount;
        private int _unnamedTasks;
        private bool _openList;
        private int _actionLevel;
        private int _chapter;
        private (Paragraph Paragraph, Heading Heading)? _chapterHeading;
        private readonly List<(Paragraph Paragraph, Heading Heading, bool Emitted)> _open = [];

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
            if (heading.IsChapter)
            {
                _chapter++;
                _chapterHeading = (paragraph, heading);
            }

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

            // In a document that names no action …行动, a deferred heading ((二)…) with numbered tasks under it is their action; in
            // one that does, only a heading that is a line of its own in a chapter that names actions (not (二)发展目标。到2027年…).
            if (_action is null && _open.Count > 0 && _open[^1] is { Emitted: false } parent
                && (chaptersNamingActions.Count == 0 || chaptersNamingActions.Contains(_chapter) && StandsAlone(parent.Paragraph, parent.Heading)))
            {
                AddAction(parent.Paragraph, parent.Heading);
                _open[^1] = parent with { Emitted = true };
            }

            AddTask(paragraph, heading);
        }

        /// <summary>A deferred heading as a task: its number in digits (二 → 2), or the next task's number when it has none that reads.</summary>
        private Heading Numbered(Heading heading) =>
            heading with { Number = (ChineseNumber.Parse(heading.Number) ?? _taskCount + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) };

        private static bool StandsAlone(Paragraph paragraph, Heading heading) => paragraph.Text.Text[heading.End..].All(c => c is '。' or '.' or ' ');

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
            else if (_action is null && _open.Count == 0 && _chapterHeading is { } chapter && !TaskHeadingRule.IsContainer(chapter.Heading))
            {
                // 二、打造某某平台 over (一)…(二)… with their lists: the chapter is their action.
                AddAction(chapter.Paragraph, chapter.Heading);
                _chapterHeading = null;
            }

            AddTask(paragraph, Numbered(heading));
        }

        /// <summary>The <paramref name="index"/>-th unit of a task's list: the first leads, the others share it, in order.</summary>
        private void AddResponsible(Paragraph paragraph, Mention unit, int index, string task, string method)
        {
            var evidence = Evidence(paragraph, unit.Start, unit.End, method + (index == 0 ? ":lead" : ":co"), unit.IsNew ? 0.6 : 0.9);
            AddRelation(new RelationProposal(unit.Id, RelationType.ResponsibleFor, task, evidence)
            {
                Properties = new Dictionary<string, object> { ["role"] = index == 0 ? "LEAD" : "CO", ["order"] = (long)(index + 1) },
            });
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

            if (_task is null && _open.Count == 0 && _chapterHeading is { } article && article.Paragraph == paragraph)
            {
                // 一、支持实验室建设。…(责任单位:…): an article of measures that carries its own list is a task.
                AddTask(paragraph, Numbered(article.Heading));
                _chapterHeading = null;
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
                AddResponsible(paragraph, units[i], i, _task, UnitListRule.Method);
            }

            if (list.Truncated && Entities.TryGetValue(_task, out var task))
            {
                Entities[_task] = task with { Properties = new Dictionary<string, object>(task.Properties) { ["ownersTruncated"] = true }, Review = "the list of responsible units runs past the paragraph: check it is whole" };
            }

            _task = null;
        }
    }
}
