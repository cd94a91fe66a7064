using InnoGraph.Ingestion.Rules.Indicators;

namespace InnoGraph.Ingestion.Tests;

public sealed class YearContextTests
{
    [Fact]
    public void the_sentence_comes_first_then_the_paragraph_then_the_plans_period_then_the_documents_year_then_earlier_paragraphs()
    {
        var years = new YearContext(Document: 2024, PeriodEnd: 2028, Carried: 2022);

        years.YearOf("2025年,全市", "到2030年,").Should().Be(2025);
        years.YearOf("全市", "到2030年,总体目标。").Should().Be(2030);
        years.YearOf("全市", "").Should().Be(2028);
        (years with { PeriodEnd = null }).YearOf("全市", "").Should().Be(2024);
        (years with { PeriodEnd = null, Document = null }).YearOf("全市", "").Should().Be(2022);
        new YearContext(2024).YearOf("全市", "").Should().Be(2024);
    }

    [Fact]
    public void the_year_of_a_date_is_not_a_figures_year()
    {
        YearContext.Last("青山市人民政府办公室2024年5月8日印发").Should().BeNull();
        YearContext.Last("2023年全市").Should().Be(2023);
    }

    [Fact]
    public void a_five_year_plan_dates_to_its_last_year_and_a_span_start_or_what_follows_cihou_does_not_date_a_figure()
    {
        var years = new YearContext(Document: 2024);

        years.YearOf("“十三五”期间,全市", "").Should().Be(2020);
        years.YearOf("全市", "“十四五”以来,").Should().Be(2025);
        YearContext.Last("自2019年获批以来,").Should().BeNull();
        years.YearOf("早在2016年就建成首个中心,此后陆续建成", "").Should().Be(2024);
    }

    [Fact]
    public void the_whole_year_in_a_document_of_the_next_year_is_the_year_just_ended()
    {
        var years = new YearContext(Document: 2026, Carried: 2025);

        years.YearOf("全年新增企业", "").Should().Be(2025);
        years.YearOf("新增企业", "年内建成两家,").Should().Be(2025);
        years.YearOf("新增企业", "").Should().Be(2026);
        (years with { Carried = 2023 }).YearOf("全年新增企业", "").Should().Be(2026);
        (years with { PlanStart = 2026, PeriodEnd = 2026 }).YearOf("全年新增企业", "").Should().Be(2026);
    }
}
