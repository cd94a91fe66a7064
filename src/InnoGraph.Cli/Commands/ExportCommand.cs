using System.CommandLine;
using InnoGraph.Cli.Infrastructure;
using InnoGraph.Graph.Export;

namespace InnoGraph.Cli.Commands;

/// <summary>
/// <c>innograph export</c>: the whole graph or a view to a file, in the formats the API serves under
/// <c>/export/</c>. CSV writes a folder holding <c>nodes.csv</c> and <c>edges.csv</c> (Gephi's two tables).
/// </summary>
public static class ExportCommand
{
    private static readonly IReadOnlyDictionary<string, ExportFormat[]> Formats = new Dictionary<string, ExportFormat[]>(StringComparer.Ordinal)
    {
        ["gexf"] = [ExportFormat.Gexf],
        ["graphml"] = [ExportFormat.GraphMl],
        ["cyjs"] = [ExportFormat.Cytoscape],
        ["csv"] = [ExportFormat.NodesCsv, ExportFormat.EdgesCsv],
    };

    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "gexf, graphml, cyjs (Cytoscape.js elements) or csv (Gephi's nodes and edges tables).", Required = true };
        format.AcceptOnlyFromAmong([.. Formats.Keys]);
        var output = new Option<string>("--out") { Description = "The file to write; for csv, a folder that receives nodes.csv and edges.csv.", Required = true };
        var view = new Option<string?>("--view") { Description = "collaboration, cities, responsibility, neighbourhood or path; the whole graph without it." };
        view.AcceptOnlyFromAmong([.. ExportView.Names.Keys]);
        var city = new Option<string?>("--city") { Description = "The city of a collaboration view (required) or a cities view (optional): id, name or alias." };
        var plan = new Option<string?>("--plan") { Description = "The plan of a responsibility view." };
        var ids = new Option<string?>("--ids") { Description = "The entities of a neighbourhood view, comma-separated ids." };
        var depth = new Option<string?>("--depth") { Description = "Hops of a collaboration or neighbourhood view, 1 to 3." };
        var limit = new Option<string?>("--limit") { Description = "Entities of a neighbourhood view at most." };
        var from = new Option<string?>("--from") { Description = "The start of a path view." };
        var to = new Option<string?>("--to") { Description = "The end of a path view." };
        var command = new Command("export", "Write the whole graph or a view as GEXF, GraphML, Cytoscape.js JSON or Gephi CSV; the file appears only when complete.")
        {
            format, output, view, city, plan, ids, depth, limit, from, to,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(async token =>
        {
            var arguments = new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["view"] = parse.GetValue(view),
                ["city"] = parse.GetValue(city),
                ["plan"] = parse.GetValue(plan),
                ["ids"] = parse.GetValue(ids),
                ["depth"] = parse.GetValue(depth),
                ["limit"] = parse.GetValue(limit),
                ["from"] = parse.GetValue(from),
                ["to"] = parse.GetValue(to),
            };
            var formats = Formats[parse.GetValue(format)!];
            var path = parse.GetValue(output)!;
            var options = await Neo4jConnection.ResolveAsync(token);
            using var client = Neo4jConnection.CreateClient(options);
            try
            {
                var exportView = ExportView.Parse(name => arguments.GetValueOrDefault(name));
                using var content = await new GraphExport(client, new ExportOptions()).PrepareAsync(exportView, token);
                await using var files = new AtomicFiles();
                var paths = formats.Length == 1 ? [path] : formats.Select(f => Path.Combine(path, f == ExportFormat.NodesCsv ? "nodes.csv" : "edges.csv")).ToArray();
                await using (var writer = new GraphWriters([.. formats.Select((f, i) => ExportFormats.Writer(f, files.Create(paths[i])))]))
                {
                    await content.WriteAsync(writer, new SynchronousProgress<ExportProgress>(Report), token);
                }

                await files.CommitAsync();
                Console.Error.WriteLine($"Wrote {content.TotalNodes} entities and {content.TotalEdges} relations to {string.Join(" and ", paths)}.");
                return ExitCodes.Ok;
            }
            catch (ExportRefused refused)
            {
                throw new CliException(refused.Reason == ExportRefusal.TooLarge ? ExitCodes.Failure : ExitCodes.Usage, refused.Message);
            }
        }, cancellationToken));
        return command;
    }

    private static void Report(ExportProgress progress)
    {
        if (progress.TotalNodes + progress.TotalEdges >= 5_000)
        {
            Console.Error.WriteLine($"exported {progress.Nodes}/{progress.TotalNodes} entities, {progress.Edges}/{progress.TotalEdges} relations");
        }
    }
}
