namespace CoDraft.Server.Tests.BadInput;

/// <summary>Who sends a bad input.</summary>
public enum Who
{
    Anonymous,
    Administrator,
    Lead,
    Editor,
    Viewer,
    Outsider,
}
