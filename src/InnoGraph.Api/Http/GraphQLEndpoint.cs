using System.Diagnostics;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using InnoGraph.Api.Execution;
using InnoGraph.Api.GraphQL.Queries;
using InnoGraph.Api.Hosting;
using InnoGraph.Api.Mutations;
using InnoGraph.Api.Operations;
using InnoGraph.Api.Security;
using InnoGraph.Api.Translation;
using InnoGraph.Api.Validation;
using InnoGraph.Graph.Reading;
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
    DocumentCache documents,
    SourceCache sources,
    IHostEnvironment environment,
    ILogger<GraphQLEndpoint> logger)
{
    private readonly Lazy<QueryAnalyzer> _analyzer = new(() => new QueryAnalyzer(schema, new CostModel(new IntrospectionSizes(schema))));

    public async Task HandleAsync(HttpContext http)
    {
        var settings = options.Value;
        var clock = Stopwatch.StartNew();
        var timings = new StageTimings();
        using var roundTrips = cypher.RoundTrips.BeginScope();
        var operation = "unknown";
        string? operationName = null;
        var outcome = "ok";

        // One deadline for everything the request does: reading, analysis, validation,
        // translation, the Neo4j request and writing the answer.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        timeout.CancelAfter(settings.Timeout);
        try
        {
            var mediaType = MediaTypes.Negotiate(http.Request.GetTypedHeaders().Accept)
                ?? throw new HttpRequestRejected(StatusCodes.Status406NotAcceptable, ErrorCodes.NotAcceptable, $"Accept {MediaTypes.GraphQLResponse} or {MediaTypes.Json}.");
            var request = await ReadAsync(http, settings, timeout.Token);
            timings.Mark("read");
            operationName = request.OperationName;
            var cached = documents.GetOrParse(request.Query!, query => Parse(query, settings, timeout.Token));
            var document = cached?.Document;
            var validated = cached?.IsValidated(request.OperationName) == true;
            timings.Mark("parse");
            var selected = document is null ? null : FindOperation(document, request.OperationName);
            var kind = selected?.Operation;
            operation = kind?.ToString().ToLowerInvariant() ?? "invalid";
            if (kind == OperationType.Subscription)
            {
                throw new HttpRequestRejected(StatusCodes.Status400BadRequest, ErrorCodes.OperationNotSupported, "Subscriptions are not supported; send a query or a mutation.");
            }

            var variables = ReadVariables(request.Variables);
            if (document is not null && selected is not null)
            {
                Refuse(() => _analyzer.Value.Check(document, selected, variables, QueryLimits.From(settings), timeout.Token));
            }

            timings.Mark("analyse");

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

            var batch = new QueryBatch(cypher, sources, QueryFields.Served, settings.MaxResultBytes, timings);
            var writes = new MutationBatch(cypher, sources, batch.Executed, http.RequestServices.GetService<TimeProvider>() ?? TimeProvider.System, logger);
            var state = new RequestState(batch, writes, actor);
            var result = await executer.ExecuteAsync(new ExecutionOptions
            {
                Schema = schema,
                Query = request.Query,
                Document = document,
                OperationName = request.OperationName,
                Variables = variables,
                UserContext = state,
                RequestServices = http.RequestServices,
                CancellationToken = timeout.Token,

                // The limits were checked above, in one linear pass: GraphQL.NET's complexity
                // rule expands every fragment and is exponential in a fragment bomb. A document
                // that passed validation before is not validated again; its variables still are.
                ValidationRules = validated ? [] : DocumentValidator.CoreRules,
                UnhandledExceptionDelegate = context =>
                {
                    context.Exception = Translate(context.Exception, state);
                    context.ErrorMessage = context.Exception.Message;
                    return Task.CompletedTask;
                },
            });

            // GraphQL.NET reports a cancelled execution as an error result rather than throwing.
            timeout.Token.ThrowIfCancellationRequested();
            timings.Mark("execute");
            if (result.Executed && !validated)
            {
                cached?.MarkValidated(request.OperationName);
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
                result.Extensions["timings"] = timings.Stages;
                result.Extensions["cypher"] = state.Batch.Executed.Select(s => new Dictionary<string, object?>
                {
                    ["field"] = s.Field,
                    ["statement"] = s.Cypher,
                    ["milliseconds"] = Math.Round(s.Milliseconds, 1),
                }).ToList();
            }

            http.Response.StatusCode = status;
            http.Response.ContentType = mediaType + "; charset=utf-8";
            await serializer.WriteAsync(http.Response.Body, result, timeout.Token);
        }
        catch (Exception failure) when (Rejection(failure, http, timeout, settings) is { } rejected)
        {
            outcome = rejected.Code.ToLowerInvariant();
            if (!http.Response.HasStarted)
            {
                var mediaType = rejected.Status == StatusCodes.Status406NotAcceptable ? MediaTypes.Json : MediaTypes.Negotiate(http.Request.GetTypedHeaders().Accept) ?? MediaTypes.Json;
                await HttpErrors.WriteAsync(http, rejected.Status, rejected.Code, rejected.Message, mediaType);
            }
        }
        catch (Exception unexpected) when (!http.RequestAborted.IsCancellationRequested && !http.Response.HasStarted)
        {
            // A fault of ours, not of the input: still a GraphQL error body, never an empty 500.
            outcome = "internal";
            ApiLog.Unexpected(logger, unexpected);
            await HttpErrors.WriteAsync(http, StatusCodes.Status500InternalServerError, ErrorCodes.Internal, "Something went wrong while answering; the error has been logged.");
        }
        finally
        {
            metrics.Record(operation, outcome, clock.Elapsed, roundTrips.Count);
            RequestLogFeature.Describe(http, operation, operationName);
        }
    }

    /// <summary>The answer for a refused request, a timeout included; null for faults of ours.</summary>
    private static HttpRequestRejected? Rejection(Exception failure, HttpContext http, CancellationTokenSource timeout, ApiOptions settings) => failure switch
    {
        HttpRequestRejected rejected => rejected,

        // Kestrel's own limits (a chunked body past MaxRequestBodySize, a malformed body) are the client's too.
        BadHttpRequestException bad => new HttpRequestRejected(
            bad.StatusCode,
            bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? ErrorCodes.RequestTooLarge : ErrorCodes.BadRequest,
            bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? $"The request body is larger than {settings.MaxRequestBytes} bytes." : "The request could not be read."),
        OperationCanceledException when timeout.IsCancellationRequested && !http.RequestAborted.IsCancellationRequested =>
            new HttpRequestRejected(StatusCodes.Status504GatewayTimeout, ErrorCodes.Timeout, $"The request took longer than {settings.Timeout.TotalSeconds:0.#} s; narrow it (smaller pages, lower depth) and try again."),
        _ => null,
    };

    private static void Refuse(Action check)
    {
        try
        {
            check();
        }
        catch (QueryRefused refused)
        {
            throw new HttpRequestRejected(StatusCodes.Status400BadRequest, refused.Code, refused.Message);
        }
    }

    private Inputs ReadVariables(System.Text.Json.JsonElement? variables)
    {
        if (variables is not { } given)
        {
            return Inputs.Empty;
        }

        try
        {
            return serializer.ReadNode<Inputs>(given) ?? Inputs.Empty;
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or FormatException or OverflowException or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            throw new HttpRequestRejected(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, "'variables' could not be read: every value must be a JSON string, number, boolean, null, list or object a GraphQL input can take.");
        }
    }

    private static async Task<GraphQLHttpRequest> ReadAsync(HttpContext http, ApiOptions settings, CancellationToken cancellationToken)
    {
        GraphQLHttpRequest request;
        if (HttpMethods.IsGet(http.Request.Method))
        {
            request = RequestReader.FromQueryString(http.Request.QueryString, http.Request.Query);
        }
        else if (HttpMethods.IsPost(http.Request.Method))
        {
            if (!MediaTypes.IsJsonBody(http.Request.ContentType))
            {
                throw new HttpRequestRejected(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType, "Send the request as application/json.");
            }

            request = await RequestReader.FromBodyAsync(http.Request, settings.MaxRequestBytes, cancellationToken);
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

    /// <summary>
    /// Parses within a token budget and a nesting bound. A syntax error gives null: the executer
    /// parses again and reports it in GraphQL form, with its location.
    /// </summary>
    private static GraphQLDocument? Parse(string query, ApiOptions settings, CancellationToken cancellationToken)
    {
        Refuse(() => TokenBudget.Check(query, settings.MaxTokens, cancellationToken));
        try
        {
            return GraphQLParser.Parser.Parse(query, new GraphQLParser.ParserOptions { MaxDepth = QueryLimits.MaxParserDepth });
        }
        catch (GraphQLParser.Exceptions.GraphQLMaxDepthExceededException)
        {
            throw new HttpRequestRejected(StatusCodes.Status400BadRequest, ErrorCodes.QueryTooDeep, $"The document nests deeper than the parser accepts ({QueryLimits.MaxParserDepth} levels).");
        }
        catch (GraphQLParser.Exceptions.GraphQLParserException)
        {
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
            case Neo4jOutOfMemoryException outOfMemory:
                // The server is overloaded rather than the request wrong: a 503 tells clients to back off.
                state.DatabaseUnavailable = true;
                ApiLog.DatabaseError(logger, outOfMemory.Code, outOfMemory);
                return ApiError.Create(ErrorCodes.ServiceUnavailable, "The graph database ran out of memory for this request; narrow it (smaller pages, lower depth) or try again later.");
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
