using GraphQLParser;
using GraphQLParser.Exceptions;
using InnoGraph.Api.Translation;
using InnoGraph.Domain.Text;

namespace InnoGraph.Api.Validation;

/// <summary>
/// A lexer pass before parsing: refuses documents with more tokens than allowed, and string
/// literals whose escapes decode to unpaired surrogates. Linear in the text; a lexical error
/// stops the count and is left to the parser to report.
/// </summary>
internal static class TokenBudget
{
    public static void Check(string query, int maxTokens, CancellationToken cancellationToken)
    {
        var source = new ROM(query.AsMemory());
        var position = 0;
        var count = 0;
        while (true)
        {
            Token token;
            try
            {
                token = Lexer.Lex(source, position);
            }
            catch (GraphQLSyntaxErrorException)
            {
                return;
            }

            if (token.Kind == TokenKind.EOF)
            {
                return;
            }

            if (++count > maxTokens)
            {
                throw new QueryRefused(ErrorCodes.QueryTooLarge, $"The document has more than {maxTokens} tokens; split it into smaller requests.");
            }

            if (token.Kind == TokenKind.STRING && !Utf16.IsWellFormed(token.Value.Span))
            {
                throw new QueryRefused(ErrorCodes.BadRequest, "A string in the document is not valid Unicode (an unpaired surrogate escape such as \\ud800).");
            }

            if ((count & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            position = token.End;
        }
    }
}
