using CoDraft.Core.Errors;

namespace CoDraft.Server.Apis;

/// <summary>A .docx sent as multipart/form-data in the field "file", with the form's other fields (read by the endpoints; services get the bytes).</summary>
/// <param name="Docx">The file's bytes.</param>
/// <param name="FileName">The name the browser gave the file.</param>
/// <param name="Form">The form, for its other fields.</param>
public sealed record DocxUpload(byte[] Docx, string FileName, IFormCollection Form)
{
    /// <summary>The largest .docx accepted (10 MB): far above any statement's text, which is checked on its own.</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>Reads the upload, refusing a request that is not a form with a file, or a file over <see cref="MaxBytes"/>.</summary>
    public static async Task<DocxUpload> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            throw new CoDraftException(ErrorCodes.InvalidRequest, "Send the Word document as multipart/form-data in the field \"file\".");
        }
        var form = await request.ReadFormAsync(ct);
        var file = form.Files.GetFile("file")
            ?? throw new CoDraftException(ErrorCodes.InvalidRequest, "Send the Word document in the field \"file\".");
        // Checked here too: a host without the request size limit (a test server, another front end) still refuses.
        if (file.Length > MaxBytes)
        {
            throw new CoDraftException(ErrorCodes.RequestTooLarge, $"The Word document is larger than the maximum of {MaxBytes / (1024 * 1024)} MB.");
        }
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        return new DocxUpload(buffer.ToArray(), file.FileName, form);
    }
}
