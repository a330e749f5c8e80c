using DocumentFormat.OpenXml.Wordprocessing;

namespace CoDraft.Core.Word;

// CoDraft.Core.Text, a namespace, would otherwise hide Word's text element.
using Text = DocumentFormat.OpenXml.Wordprocessing.Text;

/// <summary>The character formatting Markdown inlines give a run of text.</summary>
internal readonly record struct RunFormat(bool Bold, bool Italic, bool Strike, bool Code, bool Link, VerticalPositionValues? Position)
{
    /// <summary>A run of <paramref name="text"/> with this formatting; spaces at its ends are kept.</summary>
    public Run Run(string text)
    {
        var run = new Run();
        var properties = Properties();
        if (properties is not null)
        {
            run.Append(properties);
        }
        run.Append(new Text(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
        return run;
    }

    /// <summary>The run properties, in the order the schema asks for; null when plain.</summary>
    public RunProperties? Properties()
    {
        if (this == default)
        {
            return null;
        }
        var properties = new RunProperties();
        if (Link)
        {
            properties.Append(new RunStyle { Val = WordStyles.Hyperlink });
        }
        if (Code)
        {
            properties.Append(new RunFonts { Ascii = "Liberation Mono", HighAnsi = "Liberation Mono" });
        }
        if (Bold)
        {
            properties.Append(new Bold());
        }
        if (Italic)
        {
            properties.Append(new Italic());
        }
        if (Strike)
        {
            properties.Append(new Strike());
        }
        if (Position is { } position)
        {
            properties.Append(new VerticalTextAlignment { Val = position });
        }
        return properties;
    }
}
