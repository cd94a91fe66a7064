using System.Diagnostics;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using InnoGraph.Api.Execution;
using InnoGraph.Api.Hosting;
using InnoGraph.Api.Mutations;
using InnoGraph.Api.Operations;
using InnoGraph.Api.Security;
using InnoGraph.Api.Translation;
using InnoGraph.Neo4j.Client;
using InnoGraph.Neo4j.Errors;
using Microsoft.Extensions.Options;

namespace InnoGraph.Api.Http;

/// <summary>
/// GraphQL over HTTP: POST with a JSON body, GET for queries, both response media types, the
/// specification's status codes. Writes need POST, an <c>application/json</c> body (which a
/// cross-site form cannot send) and an API key.
/// </summary>
internal sealed class GraphQLEndpoint(
    IDocumentExecuter executer,
    ISchema schema,
    IGraphQLTextSerializer serializer,
    IOptions<ApiOptions> options,
    ApiKeys keys,
    ICypherClient cypher,
    ApiMetrics metrics,
    IHostEnvironment environment,
    ILogger<GraphQLEndpoint> logger)
{
    public async Task HandleAsync(HttpContext http)
    {
        var settings = options.Value;
        var clock = Stopwatch.StartNew();
        using var roundTrips = cypher.RoundTrips.BeginScope();
        var operation = "unknown";
        string? operationName = null;
        var outcome = "ok";
        try
        {
            var mediaType = MediaTypes.Negotiate(http.Request.GetTypedHeaders().Accept)
                ?? throw new HttpRequestRejected(StatusCodes.Status406NotAcceptable, ErrorCodes.NotAcceptable, $"Accept {MediaTypes.GraphQLResponse} or {MediaTypes.Json}.");
            var request = await ReadAsync(http, settings);
            operationName = request.OperationName;
            var document = TryParse(request.Query!);
            var kind = document is null ? null : FindOperation(document, request.OperationName)?.Operation;
            operation = kind?.ToString().ToLowerInvariant() ?? "invalid";

            string? actor = null;
            if (kind == OperationType.Mutation)
            {
                if (HttpMethods.IsGet(http.Request.Method))
                {
                    http.Response.Headers.Allow = "POST";
                    throw new HttpRequestRejected(StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed, "Mutations change the graph and must be sent with POST.");
                }

                actor = keys.Authenticate(http.Request);
                if (actor is null)
                {
                    ApiLog.Unauthenticated(logger);
                    http.Response.Headers.WWWAuthenticate = "ApiKey header=\"" + settings.KeyHeader + "\"";
                    throw new HttpRequestRejected(StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated, $"Writes need a valid API key in the {settings.KeyHeader} header.");
                }
            }

            var batch = new QueryBatch(cypher, RootTranslators.All, settings.MaxResultBytes);
            var writes = new MutationBatch(cypher, batch.Executed, http.RequestServices.GetService<TimeProvider>() ?? TimeProvider.System, logger);
            var state = new RequestState(batch, writes, actor);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
            timeout.CancelAfter(settings.Timeout);
            ExecutionResult result;
            try
            {
                result = await executer.ExecuteAsync(new ExecutionOptions
                {
                    Schema = schema,
                    Query = request.Query,
                    Document = document,
                    OperationName = request.OperationName,
                    Variables = request.Variables is { } variables ? serializer.ReadNode<Inputs>(variables) ?? Inputs.Empty : Inputs.Empty,
                    UserContext = state,
                    RequestServices = http.RequestServices,
                    CancellationToken = timeout.Token,
                    ValidationRules = DocumentValidator.CoreRules.Append(new ComplexityValidationRule(new ComplexityOptions
                    {
                        MaxDepth = settings.MaxQueryDepth,
                        MaxComplexity = settings.MaxComplexity,
                    })),
                    UnhandledExceptionDelegate = context =>
                    {
                        context.Exception = Translate(context.Exception, state);
                        context.ErrorMessage = context.Exception.Message;
                        return Task.CompletedTask;
                    },
                });
            }
            catch (OperationCanceledException) when (!http.RequestAborted.IsCancellationRequested)
            {
                throw new HttpRequestRejected(StatusCodes.Status504GatewayTimeout, ErrorCodes.Timeout, $"The request took longer than {settings.Timeout.TotalSeconds:0} s; narrow it (smaller pages, lower depth) and try again.");
            }

            var status = state.DatabaseUnavailable ? StatusCodes.Status503ServiceUnavailable
                : !result.Executed && mediaType == MediaTypes.GraphQLResponse ? StatusCodes.Status400BadRequest
                : StatusCodes.Status200OK;
            if (state.DatabaseUnavailable)
            {
                http.Response.Headers.RetryAfter = "5";
                outcome = "unavailable";
            }
            else if (result.Errors is { Count: > 0 })
            {
                outcome = result.Executed ? "partial" : "invalid";
            }

            if (settings.ShowCypher ?? environment.IsDevelopment())
            {
                result.Extensions ??= [];
                result.Extensions["roundTrips"] = roundTrips.Count;
                result.Extensions["cypher"] = state.Batch.Executed.Select(s => new Dictionary<string, object?>
                {
                    ["field"] = s.Field,
                    ["statement"] = s.Cypher,
                    ["milliseconds"] = Math.Round(s.Milliseconds, 1),
                }).ToList();
            }

            http.Response.StatusCode = status;
            http.Response.ContentType = mediaType + "; charset=utf-8";
            await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
        }
        catch (HttpRequestRejected rejected)
        {
            outcome = rejected.Code.ToLowerInvariant();
            var mediaType = rejected.Status == StatusCodes.Status406NotAcceptable ? MediaTypes.Json : MediaTypes.Negotiate(http.Request.GetTypedHeaders().Accept) ?? MediaTypes.Json;
            await HttpErrors.WriteAsync(http, rejected.Status, rejected.Code, rejected.Message, mediaType);
        }
        finally
        {
            metrics.Record(operation, outcome, clock.Elapsed, roundTrips.Count);
            RequestLogFeature.Describe(http, operation, operationName);
        }
    }

    private static async Task<GraphQLHttpRequest> ReadAsync(HttpContext http, ApiOptions settings)
    {
        GraphQLHttpRequest request;
        if (HttpMethods.IsGet(http.Request.Method))
        {
            request = RequestReader.FromQueryString(http.Request.Query);
        }
        else if (HttpMethods.IsPost(http.Request.Method))
        {
            if (!MediaTypes.IsJsonBody(http.Request.ContentType))
            {
                throw new HttpRequestRejected(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType, "Send the request as application/json.");
            }

            request = await RequestReader.FromBodyAsync(http.Request, settings.MaxRequestBytes, http.RequestAborted);
        }
        else
        {
            http.Response.Headers.Allow = "GET, POST";
            throw new HttpRequestRejected(StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed, "Use POST (or GET for queries).");
        }

        if (string.IsNullOrWhiteSpace(request.Query))
        {
            throw new HttpRequestRejected(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, "Send the GraphQL document in 'query'.");
        }

        if (request.Query.Length > settings.MaxRequestBytes)
        {
            throw new HttpRequestRejected(StatusCodes.Status413PayloadTooLarge, ErrorCodes.RequestTooLarge, $"The query is longer than {settings.MaxRequestBytes} characters.");
        }

        return request;
    }

    private static GraphQLDocument? TryParse(string query)
    {
        try
        {
            return GraphQLParser.Parser.Parse(query, new GraphQLParser.ParserOptions { MaxDepth = 128 });
        }
        catch (GraphQLParser.Exceptions.GraphQLParserException)
        {
            // The executer parses again and reports the syntax error in GraphQL form.
            return null;
        }
    }

    private static GraphQLOperationDefinition? FindOperation(GraphQLDocument document, string? name)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return string.IsNullOrEmpty(name)
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == name);
    }

    private Exception Translate(Exception exception, RequestState state)
    {
        switch (exception)
        {
            case ExecutionError:
                return exception;
            case TranslationException translation:
                return ApiError.Create(translation.Code, translation.Message);
            case Neo4jUnavailableException unavailable:
                state.DatabaseUnavailable = true;
                ApiLog.DatabaseUnavailable(logger, unavailable);
                return ApiError.Create(ErrorCodes.ServiceUnavailable, "The graph database is not reachable right now; try again in a few seconds.");
            case Neo4jException database:
                ApiLog.DatabaseError(logger, database.Code, database);
                return ApiError.Create(ErrorCodes.DatabaseError, database.IsTransient
                    ? "The graph database was busy; try again."
                    : "The graph database could not answer this request.");
            default:
                ApiLog.Unexpected(logger, exception);
                return ApiError.Create(ErrorCodes.Internal, "Something went wrong while answering; the error has been logged.");
        }
    }
}
