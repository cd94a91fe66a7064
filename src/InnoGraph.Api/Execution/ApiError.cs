using GraphQL;

namespace InnoGraph.Api.Execution;

/// <summary>Builds GraphQL errors with a code and a message a client can act on.</summary>
internal static class ApiError
{
    public static ExecutionError Create(string code, string message, IReadOnlyDictionary<string, object?>? details = null)
    {
        var error = new ExecutionError(message) { Code = code };
        if (details is not null)
        {
            foreach (var (key, value) in details)
            {
                error.Data[key] = value;
            }
        }

        return error;
    }
}
