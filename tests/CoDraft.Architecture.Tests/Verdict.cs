using NetArchTest.Rules;

namespace CoDraft.Architecture.Tests;

/// <summary>Turns NetArchTest results into one message that says every place that broke the rule and how to fix it.</summary>
public static class Verdict
{
    /// <summary>Fails with <paramref name="rule"/>, <paramref name="fix"/> and the offending types when the result failed.</summary>
    public static void Require(TestResult result, string rule, string fix) => RequireAll([Describe(result, rule, fix)]);

    /// <summary>Fails with every description that is not null (one per broken check), so one run lists them all.</summary>
    public static void RequireAll(IEnumerable<string?> descriptions)
    {
        var broken = descriptions.OfType<string>().ToList();
        if (broken.Count > 0)
        {
            Assert.Fail(string.Join("\n\n", broken) + "\n(See docs/architecture.md.)");
        }
    }

    /// <summary>The rule, the types that broke it and the fix; null when the result succeeded.</summary>
    public static string? Describe(TestResult result, string rule, string fix)
    {
        if (result.IsSuccessful)
        {
            return null;
        }
        var types = (result.FailingTypeNames ?? []).Select(TypeName).Distinct().Order().ToList();
        return $"Rule broken: {rule}\nTypes that break it:\n  {string.Join("\n  ", types)}\nHow to fix: {fix}";
    }

    /// <summary>A compiler-made type (an async method's state machine, a lambda's closure) is named by the type it sits in.</summary>
    public static string TypeName(string fullName)
    {
        var nested = fullName.IndexOf('/');
        return nested < 0 ? fullName : fullName[..nested];
    }
}
