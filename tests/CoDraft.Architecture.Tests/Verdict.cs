using NetArchTest.Rules;

namespace CoDraft.Architecture.Tests;

/// <summary>Turns a NetArchTest result into a message that says what broke the rule and where to look.</summary>
public static class Verdict
{
    /// <summary>Fails with <paramref name="rule"/>, <paramref name="fix"/> and the offending types when the result failed.</summary>
    public static void Require(TestResult result, string rule, string fix)
    {
        if (result.IsSuccessful)
        {
            return;
        }
        var types = (result.FailingTypeNames ?? []).Select(TypeName).Distinct().Order().ToList();
        Assert.Fail($"Rule broken: {rule}\nTypes that break it:\n  {string.Join("\n  ", types)}\nHow to fix: {fix}\n(See docs/architecture.md.)");
    }

    /// <summary>A compiler-made type (an async method's state machine, a lambda's closure) is named by the type it sits in.</summary>
    public static string TypeName(string fullName)
    {
        var nested = fullName.IndexOf('/');
        return nested < 0 ? fullName : fullName[..nested];
    }
}
