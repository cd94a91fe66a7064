using System.Runtime.InteropServices;

namespace InnoGraph.Neo4j.LauncherProbe;

/// <summary>
/// Puts SIGINT and SIGTERM back to their default action. A process started with a signal ignored (a
/// non-interactive shell ignores SIGINT for its background jobs; CI runners and <c>nohup</c> do similar things)
/// passes that on across exec, and .NET respects an inherited SIG_IGN: it installs no handler for it, so
/// <see cref="PosixSignalRegistration"/> never fires. The probe stands for a program started from a terminal, so
/// it must not inherit what the test runner happens to ignore. Call it before anything touches Console, Process or
/// PosixSignalRegistration: those install .NET's handlers, reading the disposition at that moment.
/// </summary>
internal static class DefaultSignals
{
    private const int SigInt = 2;
    private const int SigTerm = 15;

    public static void Restore()
    {
        foreach (var signal in new[] { SigInt, SigTerm })
        {
            if (Signal(signal, IntPtr.Zero /* SIG_DFL */) == -1 /* SIG_ERR */)
            {
                throw new InvalidOperationException($"signal({signal}, SIG_DFL) failed: errno {Marshal.GetLastPInvokeError()}");
            }
        }
    }

    // DllImport as in UnixProcess: signal(2) takes an int and a function pointer, nothing to marshal.
    [DllImport("libc", EntryPoint = "signal", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern nint Signal(int signal, nint handler);
}
