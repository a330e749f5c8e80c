namespace CoDraft.Server.Publishing;

/// <summary>
/// The public pages' one style sheet, served at <see cref="Path"/> and embedded in the standalone HTML export. Its
/// print rules make "Save as PDF" in a browser give a clean document: no navigation or form, black on white, link
/// addresses written out, rows never split across pages.
/// </summary>
public static class PublicationStyles
{
    /// <summary>Where the style sheet is served.</summary>
    public const string Path = "/p/assets/publication.css";

    /// <summary>The style sheet.</summary>
    public const string Css = """
        :root { --ink: #1d232b; --muted: #5b6573; --line: #d5dae1; --accent: #0b5cad; --bad: #a4161a; --paper: #fff; --soft: #f4f6f9; }
        * { box-sizing: border-box; }
        html { font-size: 17px; }
        body { margin: 0; color: var(--ink); background: var(--paper); font: 1rem/1.6 Georgia, "Times New Roman", serif; }
        a { color: var(--accent); }
        .site { font: .9rem/1.4 system-ui, sans-serif; padding: .75rem 1.25rem; border-bottom: 1px solid var(--line); display: flex; gap: 1rem; flex-wrap: wrap; }
        main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1.25rem 4rem; }
        h1 { font-size: 2rem; line-height: 1.2; margin: .5rem 0 1rem; }
        h2 { font: 600 1.25rem/1.3 system-ui, sans-serif; margin: 2.5rem 0 .75rem; padding-top: 1rem; border-top: 1px solid var(--line); }
        .meta, .hash, .note, table, form, .exports, .corrections { font-family: system-ui, sans-serif; font-size: .9rem; }
        .meta { color: var(--muted); }
        .text { margin: 1.5rem 0; }
        .text blockquote { border-left: 3px solid var(--line); margin-left: 0; padding-left: 1rem; color: var(--muted); }
        .hash code { font: .8rem/1.4 ui-monospace, monospace; word-break: break-all; background: var(--soft); padding: .1rem .3rem; }
        table { width: 100%; border-collapse: collapse; }
        th, td { text-align: left; padding: .45rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { font-weight: 600; }
        tr.withdrawn td { color: var(--muted); text-decoration: line-through; }
        tr.withdrawn td.status { text-decoration: none; }
        .badge { display: inline-block; font-size: .75rem; padding: 0 .4rem; border: 1px solid var(--line); border-radius: .6rem; white-space: nowrap; }
        .corrections li { margin-bottom: .75rem; }
        .notice { padding: .75rem 1rem; background: #e8f3ea; border: 1px solid #9cc9a5; margin: 1rem 0; font-family: system-ui, sans-serif; }
        .problem { padding: .75rem 1rem; background: #fbeaea; border: 1px solid #e3a1a3; margin: 1rem 0; font-family: system-ui, sans-serif; }
        form .field { margin: 0 0 1rem; }
        form label { display: block; font-weight: 600; margin-bottom: .25rem; }
        form .hint { color: var(--muted); font-size: .8rem; margin: .1rem 0 .3rem; }
        form input[type=text], form input[type=email], form input[type=url], form select { width: 100%; max-width: 28rem; font: inherit; padding: .45rem .55rem; border: 1px solid #8a94a3; border-radius: .25rem; }
        form input[aria-invalid=true], form select[aria-invalid=true] { border: 2px solid var(--bad); }
        form .error { color: var(--bad); font-weight: 600; margin: .2rem 0; }
        form .check label { display: inline; font-weight: normal; }
        form button { font: 600 1rem system-ui, sans-serif; padding: .55rem 1.2rem; background: var(--accent); color: #fff; border: 0; border-radius: .25rem; cursor: pointer; }
        .hp { position: absolute; left: -10000px; width: 1px; height: 1px; overflow: hidden; }
        ul.statements { list-style: none; padding: 0; }
        ul.statements li { padding: .75rem 0; border-bottom: 1px solid var(--line); }
        @media (max-width: 600px) {
          html { font-size: 16px; }
          h1 { font-size: 1.6rem; }
          main { padding: 1rem .9rem 3rem; }
          .signatories thead { display: none; }
          .signatories tr { display: block; padding: .5rem 0; border-bottom: 1px solid var(--line); }
          .signatories td { display: inline; border: 0; padding: 0 .4rem 0 0; }
          .signatories td:first-child { display: block; font-weight: 600; }
        }
        @media print {
          html { font-size: 11pt; }
          body { color: #000; background: #fff; }
          .site, #sign-on, .exports, .no-print { display: none !important; }
          main { max-width: none; padding: 0; }
          h2 { break-after: avoid; }
          tr, li { break-inside: avoid; }
          a { color: #000; text-decoration: none; }
          .text a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .85em; }
          .hash code { background: none; }
          @page { margin: 2cm 1.8cm; }
        }
        """;
}
