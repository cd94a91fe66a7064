using System.Globalization;

namespace InnoGraph.Ingestion.Rules;

/// <summary>A small number written in digits or in Chinese numerals (二, 十二, 二十五).</summary>
public static class ChineseNumber
{
    private const string Digits = "零一二三四五六七八九";

    public static int? Parse(string text)
    {
        if (text.Length > 0 && text.All(char.IsAsciiDigit))
        {
            return int.Parse(text, CultureInfo.InvariantCulture);
        }

        var ten = text.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0)
        {
            return text.Length == 1 && Digits.IndexOf(text[0], StringComparison.Ordinal) is var d and > 0 ? d : null;
        }

        var tens = ten == 0 ? 1 : Digits.IndexOf(text[0], StringComparison.Ordinal);
        var ones = ten == text.Length - 1 ? 0 : Digits.IndexOf(text[ten + 1], StringComparison.Ordinal);
        return tens > 0 && ones >= 0 && text.Length <= ten + 2 ? tens * 10 + ones : null;
    }
}
