namespace CoDraft.Server.Tests.Infrastructure;

/// <summary>Who calls, in the access matrix: nobody signed in, someone whose organisation is not on the statement, or a role.</summary>
public enum Caller
{
    Anonymous,
    Outsider,
    Viewer,
    Commenter,
    Signatory,
    Editor,
    Lead,
}
