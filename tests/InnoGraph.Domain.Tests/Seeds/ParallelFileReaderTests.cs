using InnoGraph.Domain.Seeds;

namespace InnoGraph.Domain.Tests.Seeds;

public sealed class ParallelFileReaderTests
{
    [Fact]
    public void results_come_back_in_the_files_order_even_when_a_later_file_is_read_first()
    {
        // The first file is the slowest to read: the later ones finish before it.
        var files = Enumerable.Range(0, 12).ToList();
        var results = ParallelFileReader.InOrder(files, i =>
        {
            Thread.Sleep(i == 0 ? 200 : 5);
            return i * 10;
        }).ToList();

        results.Should().Equal(files.Select(i => i * 10));
    }

    [Fact]
    public void reads_only_a_few_files_ahead_of_the_one_handed_back()
    {
        var started = 0;
        var files = Enumerable.Range(0, 50).Select(i =>
        {
            Interlocked.Increment(ref started);
            return i;
        });

        using var results = ParallelFileReader.InOrder(files, i => i).GetEnumerator();
        results.MoveNext().Should().BeTrue();

        // One handed back, at most one per core in flight behind it; never the whole folder.
        started.Should().BeLessThanOrEqualTo(Environment.ProcessorCount + 1);
        results.Current.Should().Be(0);
    }

    [Fact]
    public void a_problem_in_one_file_is_reported_with_that_file_among_many()
    {
        var files = Enumerable.Range(0, 8)
            .Select(i => ($"entities-{i}.yaml", i == 5
                ? "entities:\n  - { id: inst.broken, kind: Institute, name: \"坏\", at: [d000:p1]\n"
                : $"entities:\n  - {{ id: inst.demo-{i}, kind: Institute, name: \"研究院{i}\", en: \"Institute {i}\", at: [d000:p1] }}\n"))
            .ToList();

        var result = SeedCompiler.Compile(files);

        result.IsValid.Should().BeFalse();
        result.Problems.Should().Contain(p => p.Position.File == "entities-5.yaml" && p.Message.Contains("not valid YAML"));
    }
}
