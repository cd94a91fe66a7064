namespace InnoGraph.Domain.Validation;

/// <summary>
/// One scalar as its writer wrote it: the text, whether it was quoted (a YAML quoted scalar or a JSON
/// string is text; a plain <c>2003</c> is a number), and whether it is a number its writer could not
/// hold (a JSON reader turns 1e400 into infinity, losing the text it was written in).
/// </summary>
public sealed record WrittenValue(string Text, bool Quoted, bool BeyondRange = false);
