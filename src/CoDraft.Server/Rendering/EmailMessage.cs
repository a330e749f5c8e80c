namespace CoDraft.Server.Rendering;

/// <summary>An email ready to send: its subject, its HTML body and the same text for clients that show no HTML.</summary>
public sealed record EmailMessage(string Subject, string Html, string PlainText);
