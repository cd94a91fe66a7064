using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace InnoGraph.Bench.Infrastructure;

/// <summary>A summary column with the HTTP requests to Neo4j that one operation made.</summary>
public sealed class RoundTripsColumn : IColumn
{
    public string Id => nameof(RoundTripsColumn);

    public string ColumnName => "Round trips";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "HTTP requests to Neo4j per operation, counted by ICypherClient.RoundTrips";

    public static string Parameters(BenchmarkCase benchmarkCase) =>
        string.Join(",", benchmarkCase.Parameters.Items.Select(p => $"{p.Name}={p.Value}"));

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        RoundTripLog.Find(benchmarkCase.Descriptor.Type, benchmarkCase.Descriptor.WorkloadMethod.Name, Parameters(benchmarkCase)) is { } count
            ? count.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : "?";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}
