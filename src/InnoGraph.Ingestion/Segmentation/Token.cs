namespace InnoGraph.Ingestion.Segmentation;

/// <summary>A word of a paragraph's normalised text at [Start, End), with jieba's part-of-speech tag (<c>ns</c> place, <c>nt</c> organisation, <c>v</c> verb ...).</summary>
public sealed record Token(int Start, int End, string Word, string Pos)
{
    /// <summary>
    /// Verbs of policy text that jieba may tag as nouns (建设/vn, 布局/n): a name never starts before them; and verbs of a body
    /// moving in or opening (入驻, 签约, 揭牌, 落地) that a name never runs across (某某研究院入驻某某开发区 is two names).
    /// </summary>
    private static readonly HashSet<string> PolicyVerbs = new(StringComparer.Ordinal)
    {
        "建设", "布局", "打造", "培育", "推进", "支持", "加快", "实施", "构建", "引进", "组建", "创建", "建立", "推动", "提升", "加强", "深化", "完善",
        "设立", "成立", "新建", "建成", "共建", "引导", "鼓励", "争创", "创成", "认定", "入选", "依托", "围绕", "聚焦", "紧扣", "坐落", "坐落于", "坐落在", "服务", "发展", "开展", "落地", "落户", "设在", "建在", "入驻", "签约", "揭牌", "合作", "联合", "位于", "包括", "形成", "成为", "达到", "对接", "进入", "发挥",
    };

    /// <summary>Adverbs of policy text that put a verb after them (充分利用, 主动融入): jieba may tag them, alone or with the verb, as nouns.</summary>
    private static readonly string[] Adverbs = ["充分", "积极", "大力", "主动", "深入", "不断", "进一步", "累计"];

    /// <summary>A verb inside a name (智能/n 制造/v 研究院/n): allowed between nominal words, never at a name's start.</summary>
    public static bool IsPolicyVerb(string word) => PolicyVerbs.Contains(word);

    public bool IsInnerVerb => Pos is "v" or "vn" && !PolicyVerbs.Contains(Word) && Word.Length >= 2 && !IsAdverbAndVerb;

    public bool IsNominal => Pos.Length > 0 && (Pos[0] is 'n' or 'j' || Pos is "eng" or "vn" or "b" or "l" or "s" or "an") && !PolicyVerbs.Contains(Word) && !IsAdverbAndVerb;

    /// <summary>
    /// An adverb, or an adverb and a verb that jieba keeps as one word (积极开展, 大力发展, 充分利用): a verb phrase,
    /// however tagged, that a name never runs across.
    /// </summary>
    private bool IsAdverbAndVerb => (Word.Length >= 4 && PolicyVerbs.Contains(Word[^2..])) || Adverbs.Any(a => Word.StartsWith(a, StringComparison.Ordinal));
}
