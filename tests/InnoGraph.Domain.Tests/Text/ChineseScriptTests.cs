using InnoGraph.Domain.Text;

namespace InnoGraph.Domain.Tests.Text;

public sealed class ChineseScriptTests
{
    [Fact]
    public void a_traditional_bureau_name_becomes_its_simplified_name()
    {
        ChineseScript.ToSimplified("紹興市科學技術局").Should().Be("绍兴市科学技术局");
    }

    [Theory]
    [InlineData("")]
    [InlineData("InnoGraph 3.31% R&D, 2021-2027 (target)")]
    [InlineData("绍兴市科学技术局")]
    [InlineData("嘉兴市“315”科技创新体系建设工程")]
    public void text_without_traditional_characters_comes_back_unchanged(string text)
    {
        ChineseScript.ToSimplified(text).Should().Be(text);
        ChineseScript.HasTraditional(text).Should().BeFalse();
    }

    [Fact]
    public void latin_digits_and_punctuation_around_traditional_characters_are_kept()
    {
        ChineseScript.ToSimplified("2021年: 發放科技貸款1045億元 (Shaoxing)").Should().Be("2021年: 发放科技贷款1045亿元 (Shaoxing)");
    }

    [Theory]
    [InlineData("紹興", true)]
    [InlineData("绍兴 紹", true)]
    [InlineData("绍兴", false)]
    [InlineData("Shaoxing", false)]
    public void has_traditional_tells_whether_any_character_would_change(string text, bool expected)
    {
        ChineseScript.HasTraditional(text).Should().Be(expected);
    }

    // Names as document d003 writes them, and the names the dataset gives the same entities.
    [Theory]
    [InlineData("紹興市", "绍兴市")]
    [InlineData("紹興科創大走廊", "绍兴科创大走廊")]
    [InlineData("鏡湖科技城", "镜湖科技城")]
    [InlineData("紹興國家高新區", "绍兴国家高新区")]
    [InlineData("上虞高新區", "上虞高新区")]
    [InlineData("精準醫學產業園", "精准医学产业园")]
    [InlineData("浙江大學紹興研究院", "浙江大学绍兴研究院")]
    [InlineData("上海交通大學紹興研究院", "上海交通大学绍兴研究院")]
    [InlineData("天津大學浙江國際創新設計與智造研究院", "天津大学浙江国际创新设计与智造研究院")]
    [InlineData("西安交通大學浙江寬禁帶半導體研究院", "西安交通大学浙江宽禁带半导体研究院")]
    [InlineData("浙江大學", "浙江大学")]
    [InlineData("西安交通大學", "西安交通大学")]
    [InlineData("天津大學", "天津大学")]
    [InlineData("上海交通大學", "上海交通大学")]
    [InlineData("國家高新技術企業", "国家高新技术企业")]
    [InlineData("國家創新型城市", "国家创新型城市")]
    [InlineData("紹興市新型研發機構建設管理辦法", "绍兴市新型研发机构建设管理办法")]
    [InlineData("浙江國偉科技有限公司", "浙江国伟科技有限公司")]
    [InlineData("浙江迅實科技有限公司", "浙江迅实科技有限公司")]
    [InlineData("浙江迅實科技有限公司美國研發中心", "浙江迅实科技有限公司美国研发中心")]
    [InlineData("眾創共享科創雲平臺“揭榜掛帥”", "众创共享科创云平台“揭榜挂帅”")]
    [InlineData("科研儀器設備開放共享一指辦", "科研仪器设备开放共享一指办")]
    [InlineData("成果轉化追蹤", "成果转化追踪")]
    [InlineData("大院名校紹興行", "大院名校绍兴行")]
    [InlineData("外國專家紹興行", "外国专家绍兴行")]
    [InlineData("浙江省大院名校創新載體合作對接交流會", "浙江省大院名校创新载体合作对接交流会")]
    [InlineData("招才專列", "招才专列")]
    [InlineData("紹興科技新政", "绍兴科技新政")]
    [InlineData("外國人工作許可、工作類居留許可“一件事”辦理實施方案", "外国人工作许可、工作类居留许可“一件事”办理实施方案")]
    [InlineData("國家“十三五”科技創新成就展", "国家“十三五”科技创新成就展")]
    [InlineData("2021年度全面創新改革任務揭榜清單", "2021年度全面创新改革任务揭榜清单")]
    [InlineData("寧波", "宁波")]
    [InlineData("青島", "青岛")]
    [InlineData("長春", "长春")]
    [InlineData("中國科學院", "中国科学院")]
    [InlineData("科普信息網", "科普信息网")]
    public void document_003_names_become_the_dataset_names(string traditional, string simplified)
    {
        ChineseScript.HasTraditional(traditional).Should().BeTrue();
        ChineseScript.ToSimplified(traditional).Should().Be(simplified);
    }

    [Fact]
    public void every_traditional_character_of_document_003_is_mapped()
    {
        const string Traditional = "來個偉備價儀億優兩則創劃動務勵區協參單國圍園圖團報場塊學實寧審寬將專對導層島帥師帶庫張強復應戰掛撐擴數時會條業極構標機權準潔濟為營爭獎獲獻現環產畝發眾礎種積簡簽粵級紡紹組結統經綜綱網編縣縮績織續聞聯臺與興舉萬蓋號術補見規計訪設許評試認請證變貢責貸費資賦質蹤軍載轉辦進運過達違選郵醫銀鍵鏈鏡鑒長閉開間關隊際雙電項順領類顯驅驗體點齊";
        const string Simplified = "来个伟备价仪亿优两则创划动务励区协参单国围园图团报场块学实宁审宽将专对导层岛帅师带库张强复应战挂撑扩数时会条业极构标机权准洁济为营争奖获献现环产亩发众础种积简签粤级纺绍组结统经综纲网编县缩绩织续闻联台与兴举万盖号术补见规计访设许评试认请证变贡责贷费资赋质踪军载转办进运过达违选邮医银键链镜鉴长闭开间关队际双电项顺领类显驱验体点齐";

        ChineseScript.ToSimplified(Traditional).Should().Be(Simplified);
    }

    [Fact]
    public void a_variant_character_of_policy_text_folds_to_its_simplified_form()
    {
        ChineseScript.ToSimplified("佈局建設產業實驗室").Should().Be("布局建设产业实验室");
    }

    [Theory]
    [InlineData("乾")]
    [InlineData("著")]
    [InlineData("於")]
    [InlineData("畫")]
    [InlineData("夥")]
    public void characters_whose_simplified_form_depends_on_the_word_are_left_alone(string character)
    {
        ChineseScript.ToSimplified(character).Should().Be(character);
    }

    [Fact]
    public void the_map_covers_the_common_characters_and_simplifying_twice_changes_nothing_more()
    {
        ChineseScript.Map.Count.Should().BeGreaterThanOrEqualTo(1500);
        var all = new string(ChineseScript.Map.Keys.ToArray());
        var once = ChineseScript.ToSimplified(all);

        ChineseScript.ToSimplified(once).Should().Be(once);
        ChineseScript.HasTraditional(once).Should().BeFalse();
    }

    [Fact]
    public void parse_reads_pairs_and_skips_blank_lines()
    {
        var map = ChineseScript.Parse(new StringReader("國\t国\n\n紹\t绍\n"));

        map.Should().HaveCount(2);
        map['國'].Should().Be('国');
        map['紹'].Should().Be('绍');
    }

    [Theory]
    [InlineData("國\t国\n國\t囯\n", "listed twice")]
    [InlineData("國 国\n", "expected")]
    [InlineData("國\t国国\n", "expected")]
    [InlineData("国\t国\n", "expected")]
    public void parse_rejects_duplicates_and_malformed_lines(string tsv, string message)
    {
        var parse = () => ChineseScript.Parse(new StringReader(tsv));

        parse.Should().Throw<InvalidDataException>().WithMessage($"*{message}*");
    }
}
