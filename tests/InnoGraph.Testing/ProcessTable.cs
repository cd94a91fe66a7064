using System.Globalization;

namespace InnoGraph.Testing;

/// <summary>What <c>/proc</c> tells about other processes (Linux): their ids, start times and initial environment.</summary>
internal static class ProcessTable
{
    public static IEnumerable<int> Ids()
    {
        if (!Directory.Exists("/proc"))
        {
            yield break;
        }

        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                yield return pid;
            }
        }
    }

    /// <summary>The value of a variable in the environment the process was started with; null when absent or unreadable.</summary>
    public static string? Variable(int pid, string name)
    {
        string environment;
        try
        {
            environment = File.ReadAllText($"/proc/{pid}/environ");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        var prefix = name + "=";
        foreach (var entry in environment.Split('\0'))
        {
            if (entry.StartsWith(prefix, StringComparison.Ordinal))
            {
                return entry[prefix.Length..];
            }
        }

        return null;
    }

    public static IReadOnlyList<string> CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Split('\0', StringSplitOptions.RemoveEmptyEntries);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>The start time in clock ticks since boot, which tells a process from a later one that reuses its id; null when it is gone or a zombie.</summary>
    public static string? StartTime(int pid)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        // Fields after the command name, which is in parentheses and may contain spaces: state is the 1st, starttime the 20th.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return fields.Length > 19 && fields[0] is not ("Z" or "X") ? fields[19] : null;
    }
}
