using System.Text;
using System.Xml;

namespace InnoGraph.Graph.Export;

/// <summary>The XmlWriter both XML formats use: UTF-8 without a byte order mark, asynchronous, straight to the output.</summary>
internal static class XmlExport
{
    public static XmlWriter Create(Stream output) => XmlWriter.Create(output, new XmlWriterSettings
    {
        Async = true,
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        CloseOutput = false,
    });
}
