namespace InnoGraph.Ingestion.Segmentation;

/// <summary>A word of a paragraph's normalised text at [Start, End), with jieba's part-of-speech tag (<c>ns</c> place, <c>nt</c> organisation, <c>v</c> verb ...).</summary>
public sealed record Token(int Start, int End, string Word, string Pos)
{
    public bool IsNominal => Pos.Length > 0 && (Pos[0] is 'n' or 'j' || Pos is "eng" or "b" or "l" or "s" or "an");
}
