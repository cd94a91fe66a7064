using System.Diagnostics;
using InnoGraph.Api.Http;
using InnoGraph.Api.Translation;
using InnoGraph.Neo4j.Client;

namespace InnoGraph.Api.Operations;

/// <summary>
/// Writes the one log line of every request — method, path without the query string, GraphQL
/// operation, status, time, Neo4j round trips — in place of ASP.NET Core's request logs, which
/// print the full URL. An exception that escapes the endpoints is answered with a 500 in GraphQL's
/// error format and logged as one line; its stack trace only at Debug level.
/// </summary>
internal sealed class RequestLogMiddleware(RequestDelegate next, ICypherClient cypher, ILogger<RequestLogMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var started = Stopwatch.GetTimestamp();
        var feature = new RequestLogFeature();
        http.Features.Set(feature);
        using var roundTrips = cypher.RoundTrips.BeginScope();
        try
        {
            await next(http);
        }
        catch (BadHttpRequestException bad) when (!http.Response.HasStarted)
        {
            // The server refused to read the request (e.g. a body above Kestrel's limit): the client's fault, not ours.
            http.Response.Clear();
            await HttpErrors.WriteAsync(http, bad.StatusCode, bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? ErrorCodes.RequestTooLarge : ErrorCodes.BadRequest, "The request could not be read; check its size and encoding.");
        }
        catch (Exception e) when (!http.RequestAborted.IsCancellationRequested)
        {
            ApiLog.Unhandled(logger, e);
            if (http.Response.HasStarted)
            {
                http.Abort();
            }
            else
            {
                http.Response.Clear();
                await HttpErrors.WriteAsync(http, StatusCodes.Status500InternalServerError, ErrorCodes.Internal, "Something went wrong while answering; the error has been logged.");
            }
        }
        catch (OperationCanceledException)
        {
            // The client went away; there is no one to answer.
        }
        finally
        {
            ApiLog.Request(logger, http.Request.Method, http.Request.Path.Value ?? "/", feature.Operation, feature.OperationName,
                http.Response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds, roundTrips.Count, http.GetEndpoint() is not null);
        }
    }
}
