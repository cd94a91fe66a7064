using System.CommandLine;
using System.Text.RegularExpressions;
using InnoGraph.Cli.Infrastructure;
using InnoGraph.Domain.Seeds;
using InnoGraph.Ingestion;
using InnoGraph.Ingestion.Draft;
using InnoGraph.Ingestion.Gazetteer;
using InnoGraph.Ingestion.Normalisation;

namespace InnoGraph.Cli.Commands;

/// <summary>
/// <c>innograph ingest FILE --source dNNN</c>: reads a document and writes a draft seed file of what it
/// proposes (by default <c>drafts/dNNN.yaml</c>, outside the seed folder until reviewed). Known names
/// come from the seeds, so they must validate first. Touches no database.
/// </summary>
public static partial class IngestCommand
{
    public static Command Create(Option<string?> seeds)
    {
        var file = new Argument<string>("FILE") { Description = "The document: plain text, one paragraph a line (UTF-8 unless --encoding says otherwise)." };
        var source = new Option<string>("--source") { Description = "The new source's id, dNNN.", Required = true };
        var title = new Option<string?>("--title") { Description = "The document's title (default: the file's name)." };
        var city = new Option<string?>("--city") { Description = "The city the document speaks for, a region id or name (市科技局 then means that city's bureau); by default the region its title begins with." };
        var date = new Option<string?>("--date") { Description = "The document's date, YYYY-MM-DD (its year dates figures stated 'as of now' and tells targets)." };
        var output = new Option<string?>("--out") { Description = "The draft to write (default: drafts/dNNN.yaml)." };
        var encoding = new Option<string?>("--encoding") { Description = $"The file's encoding: {string.Join(", ", DocumentFile.Encodings)} (default utf-8; a byte-order mark decides by itself)." };
        var command = new Command("ingest", "Propose the entities and facts of a document as a draft seed file, each with its paragraph, span, method and confidence; needs no database.")
        {
            file, source, title, city, date, output, encoding,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(async token =>
        {
            var id = parse.GetValue(source)!;
            if (!SourceId().IsMatch(id))
            {
                throw new CliException(ExitCodes.Usage, $"--source '{id}' is not of the form dNNN (d005).");
            }

            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                throw new CliException(ExitCodes.Usage, $"no file at {path}.");
            }

            string text;
            try
            {
                text = DocumentFile.Read(path, parse.GetValue(encoding));
            }
            catch (DocumentFileException unreadable)
            {
                throw new CliException(ExitCodes.Usage, unreadable.Message);
            }

            var folder = SeedFolder.Resolve(parse.GetValue(seeds));
            var compiled = SeedCompiler.CompileDirectory(folder);
            if (!compiled.IsValid)
            {
                ProblemReport.Write(folder, compiled.Problems);
                Console.Error.WriteLine("error: the seeds have problems; the gazetteer is built from them, so fix them first ('innograph validate').");
                return ExitCodes.InvalidSeeds;
            }

            if (compiled.Dataset!.Entities.Any(e => e.Id == id))
            {
                throw new CliException(ExitCodes.Usage, $"the seeds already have a source {id}: pick the next free dNNN.");
            }

            var gazetteer = GazetteerIndex.Of(compiled.Dataset);
            var cityName = parse.GetValue(city);
            if (cityName is not null && DocumentCity.Find(gazetteer, cityName) is null)
            {
                throw new CliException(ExitCodes.Usage, $"--city '{cityName}' is no region of the graph: give a region id or name ('innograph validate' lists none missing), or leave it out.");
            }

            var result = new DocumentIngester(gazetteer).Ingest(text, new IngestOptions(id, Path.GetFileName(path), parse.GetValue(title), cityName, parse.GetValue(date)));
            var target = parse.GetValue(output) ?? Path.Combine("drafts", id + ".yaml");
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
            var temporary = target + ".tmp";
            await File.WriteAllTextAsync(temporary, DraftWriter.Write(result), token);
            File.Move(temporary, target, overwrite: true);
            if (result.Source.CityFromTitle)
            {
                Console.Error.WriteLine($"No --city given: the title begins with {gazetteer.ById[result.Source.City!].Name} ({result.Source.City}), taken as the document's city; pass --city to say otherwise.");
            }
            else if (result.Source.City is null)
            {
                Console.Error.WriteLine("No --city given and the title begins with no city, county or district of the graph: short forms (市科技局) and figures stay unattributed; pass --city.");
            }

            var reviews = result.Entities.Count(e => e.Review is not null) + result.Relations.Count(r => r.Review is not null) + result.Observations.Count(o => o.Review is not null);
            Console.Error.WriteLine($"Wrote {target}: {result.Entities.Count(e => e.IsNew)} new entities, {result.Entities.Count(e => !e.IsNew)} known ones, {result.Relations.Count} relations, {result.Observations.Count} observations; {reviews} marked for review.");
            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }

    [GeneratedRegex(@"^d\d{3}$")]
    private static partial Regex SourceId();
}
