using System.Reflection;
using CoDraft.Storage.Mongo;
using CoDraft.Storage.Sqlite;

namespace CoDraft.Architecture.Tests;

/// <summary>The assemblies the rules speak of, each found from one type it holds.</summary>
public static class Assemblies
{
    /// <summary>CoDraft.Core: the domain, and the storage ports.</summary>
    public static Assembly Core { get; } = typeof(CoDraft.Core.Errors.ErrorCodes).Assembly;

    /// <summary>CoDraft.Server: the ASP.NET Core host.</summary>
    public static Assembly Server { get; } = typeof(Program).Assembly;

    /// <summary>The stores: the embedded SQLite one and the MongoDB one.</summary>
    public static IReadOnlyList<Assembly> Stores { get; } = [typeof(SqliteDraftStore).Assembly, typeof(MongoDraftStore).Assembly];
}
