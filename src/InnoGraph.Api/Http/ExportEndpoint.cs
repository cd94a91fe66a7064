using InnoGraph.Api.Translation;
using InnoGraph.Graph.Export;
using InnoGraph.Neo4j.Client;
using InnoGraph.Neo4j.Errors;
using Microsoft.Extensions.Options;

namespace InnoGraph.Api.Http;

/// <summary>
/// <c>GET /export/{file}</c>: the whole graph or a view as GEXF, GraphML, Cytoscape.js JSON or Gephi CSV.
/// Refusals (unknown file, view or argument; an argument that names nothing; too large) come before
/// the first byte as JSON errors naming the argument; once accepted, the file is streamed as it is read.
/// </summary>
internal sealed class ExportEndpoint(ICypherClient cypher, IOptions<ExportOptions> options, ILogger<ExportEndpoint> logger)
{
    public async Task HandleAsync(HttpContext http, string file)
    {
        if (!ExportFormats.ByFileName.TryGetValue(file, out var format))
        {
            await HttpErrors.WriteAsync(http, StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, $"'{file}' is not an export; the files are {string.Join(", ", ExportFormats.ByFileName.Keys)}.");
            return;
        }

        ExportContent content;
        try
        {
            var view = ExportView.Parse(name => http.Request.Query[name].FirstOrDefault());
            content = await new GraphExport(cypher, options.Value).PrepareAsync(view, http.RequestAborted);
        }
        catch (ExportRefused refused)
        {
            await RefuseAsync(http, refused);
            return;
        }
        catch (Neo4jException database)
        {
            logger.LogWarning(database, "An export could not be read from the graph database ({Code}).", database.Code);
            await HttpErrors.WriteAsync(http, StatusCodes.Status503ServiceUnavailable, ErrorCodes.ServiceUnavailable, "The graph database could not answer the export right now; try again in a few seconds.");
            return;
        }

        using (content)
        {
            http.Response.ContentType = ExportFormats.MediaType(format);
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"{file}\"";
            await using var writer = ExportFormats.Writer(format, http.Response.Body);
            try
            {
                await content.WriteAsync(writer, null, http.RequestAborted);
            }
            catch (Exception failure) when (failure is Neo4jException or OperationCanceledException)
            {
                // Past the first byte the status cannot change: end the connection so no client takes a cut file for a whole one.
                logger.LogWarning(failure, "An export stopped part-way and its connection was aborted.");
                http.Abort();
            }
        }
    }

    private static Task RefuseAsync(HttpContext http, ExportRefused refused)
    {
        var (status, code) = refused.Reason switch
        {
            ExportRefusal.NotFound => (StatusCodes.Status404NotFound, ErrorCodes.NotFound),
            ExportRefusal.TooLarge => (StatusCodes.Status413PayloadTooLarge, ErrorCodes.ResultTooLarge),
            _ => (StatusCodes.Status400BadRequest, ErrorCodes.InvalidArgument),
        };
        return HttpErrors.WriteNamingAsync(http, status, code, refused.Message, refused.Argument);
    }
}
