using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CoDraft.Core.Word;

/// <summary>Builds a .docx in memory: styles, numbering, the body a caller fills, the title in its properties, and where its text came from.</summary>
internal static class WordPackage
{
    public static byte[] Create(string title, Func<MainDocumentPart, WordNumbering, IEnumerable<OpenXmlElement>> body, WordSource? source = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = WordStyles.Create();
            var numbering = new WordNumbering();
            var content = new Body(body(main, numbering));
            if (!content.HasChildren)
            {
                content.Append(new Paragraph());
            }
            content.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1440, Bottom = 1440, Left = 1440U, Right = 1440U, Header = 720U, Footer = 720U, Gutter = 0U }));
            main.Document = new Document(content);
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = numbering.Build();
            document.PackageProperties.Title = title;
            document.PackageProperties.Creator = "CoDraft";
            if (source is not null)
            {
                WordUpload.Stamp(document, source);
            }
        }
        return stream.ToArray();
    }
}
