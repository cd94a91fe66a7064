using System.Globalization;

namespace InnoGraph.Neo4j.Local;

/// <summary>
/// The JVM command line of Neo4j 3.1.1. The distribution's <c>bin/neo4j</c> rejects Java 17, so the server's entry
/// point is started directly, with the module openings that its Netty and Kernel code need on Java 9 and later.
/// </summary>
internal static class JavaCommand
{
    private static readonly string[] ModuleFlags =
    [
        "--add-opens=java.base/java.lang=ALL-UNNAMED",
        "--add-opens=java.base/java.nio=ALL-UNNAMED",
        "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
        "--add-opens=java.base/java.io=ALL-UNNAMED",
        "--add-opens=java.base/java.util=ALL-UNNAMED",
        "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
        "--add-opens=java.base/jdk.internal.misc=ALL-UNNAMED",
        "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
        "--add-opens=java.base/java.net=ALL-UNNAMED",
        "--add-opens=java.base/sun.nio.fs=ALL-UNNAMED",
        "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED",
        "--add-exports=java.base/sun.nio.ch=ALL-UNNAMED",
        "-Dio.netty.tryReflectionSetAccessible=true",
    ];

    public static IReadOnlyList<string> Arguments(string home, InstanceLayout layout, int heapMegabytes)
    {
        var heap = heapMegabytes.ToString(CultureInfo.InvariantCulture) + "m";
        return
        [
            "-Xmx" + heap,
            "-Xms" + Math.Min(heapMegabytes, 128).ToString(CultureInfo.InvariantCulture) + "m",
            "-XX:+UseG1GC",
            "-XX:-OmitStackTraceInFastThrow",
            "-Dfile.encoding=UTF-8",
            "-Djava.awt.headless=true",
            .. ModuleFlags,
            "-cp",
            layout.ConfDirectory + Path.PathSeparator + Path.Combine(home, "lib", "*"),
            UnixProcess.Neo4jMainClass,
            "--home-dir=" + home,
            "--config-dir=" + layout.ConfDirectory,
        ];
    }
}
