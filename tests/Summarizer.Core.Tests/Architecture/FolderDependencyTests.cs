using System.Reflection;
using NetArchTest.Rules;

namespace Summarizer.Core.Tests.Architecture;

/// <summary>
/// Core's folders have one direction (docs/architecture.md): each depends only on the folders below it, so each can
/// be read without the ones above. A dependency upwards, a cycle, or a folder missing from the order fails here.
/// </summary>
[TestFixture]
public sealed class FolderDependencyTests
{
    /// <summary>
    /// Bottom first. The root namespace (<c>FailureKind</c>, <c>SummarizerException</c>) sits between Text (it cleans its
    /// message with <c>Text.SafeText</c>) and every other folder.
    /// </summary>
    public static readonly string[] Order =
    [
        "Text", "Configuration", "Http", "Fetching", "Extraction", "Summarization", "Diagnostics", "Sources", "Storage", "Pipeline", "Worker", "Hosting",
    ];

    private static readonly Assembly Core = typeof(SummarizerException).Assembly;

    [Test]
    public void EachFolder_DependsOnlyOnFoldersBelowIt()
    {
        var failures = new List<string>();
        for (var i = 0; i < Order.Length; i++)
        {
            var above = Order.Skip(i + 1).Select(Namespace).ToArray();
            if (above.Length == 0)
            {
                continue;
            }

            var result = Types.InAssembly(Core).That().ResideInNamespace(Namespace(Order[i]))
                .ShouldNot().HaveDependencyOnAny(above).GetResult();
            failures.AddRange((result.FailingTypeNames ?? []).Select(type =>
                $"{type} ({Order[i]}) uses {string.Join(", ", Order.Skip(i + 1).Where(f => DependsOn(type, f)))}, above it"));
        }

        Assert.That(failures, Is.Empty);
    }

    [Test]
    public void Folders_HaveNoDependencyCycle()
    {
        var edges = Order.ToDictionary(f => f, f => Order.Where(g => g != f && FolderDependsOn(f, g)).ToList());

        var cycle = FindCycle(edges);

        Assert.That(cycle, Is.Null, cycle is null ? "" : "cycle: " + string.Join(" -> ", cycle));
    }

    [Test]
    public void EveryNamespace_IsAFolderInTheOrder()
    {
        var namespaces = Core.GetTypes().Select(t => t.Namespace).OfType<string>()
            .Where(n => n.StartsWith("Summarizer", StringComparison.Ordinal)).Distinct();

        var unplaced = namespaces.Where(n => n != "Summarizer" && !Order.Any(f => n == Namespace(f) || n.StartsWith(Namespace(f) + ".", StringComparison.Ordinal)));

        Assert.That(unplaced, Is.Empty, "add the folder to Order and to docs/architecture.md");
    }

    [Test]
    public void RootTypes_DependOnTextOnly_AndTextNotOnThem()
    {
        var root = Core.GetTypes().Where(t => t.Namespace == "Summarizer" && !t.IsNested).Select(t => t.FullName!).ToList();

        var offending = root.Where(type => Order.Skip(1).Any(f => DependsOn(type, f))).ToList();
        var textOnRoot = Types.InAssembly(Core).That().ResideInNamespace(Namespace(Order[0]))
            .ShouldNot().HaveDependencyOnAny([.. root]).GetResult();

        Assert.Multiple(() =>
        {
            Assert.That(root, Does.Contain(typeof(SummarizerException).FullName), "the check looks at the root types");
            Assert.That(offending, Is.Empty);
            Assert.That(textOnRoot.FailingTypeNames ?? [], Is.Empty, "Text is below the root types");
        });
    }

    /// <summary>A path that comes back to where it started, or null.</summary>
    internal static List<string>? FindCycle(IReadOnlyDictionary<string, List<string>> edges)
    {
        var state = edges.Keys.ToDictionary(k => k, _ => 0); // 0 new, 1 on the path, 2 done
        var path = new List<string>();

        List<string>? Visit(string node)
        {
            state[node] = 1;
            path.Add(node);
            foreach (var next in edges[node])
            {
                if (state[next] == 1)
                {
                    return [.. path.Skip(path.IndexOf(next)), next];
                }

                if (state[next] == 0 && Visit(next) is { } found)
                {
                    return found;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[node] = 2;
            return null;
        }

        foreach (var node in edges.Keys)
        {
            if (state[node] == 0 && Visit(node) is { } cycle)
            {
                return cycle;
            }
        }

        return null;
    }

    [Test]
    public void FindCycle_TwoFoldersUsingEachOther_ReportsThePath()
    {
        var edges = new Dictionary<string, List<string>> { ["A"] = ["B"], ["B"] = ["C"], ["C"] = ["A"], ["D"] = [] };

        Assert.That(FindCycle(edges), Is.EqualTo(new[] { "A", "B", "C", "A" }));
    }

    private static string Namespace(string folder) => "Summarizer." + folder;

    private static bool FolderDependsOn(string folder, string other) =>
        !Types.InAssembly(Core).That().ResideInNamespace(Namespace(folder)).ShouldNot().HaveDependencyOn(Namespace(other)).GetResult().IsSuccessful;

    private static bool DependsOn(string typeFullName, string folder)
    {
        var type = Core.GetType(typeFullName);
        var name = type?.Name ?? typeFullName[(typeFullName.LastIndexOf('.') + 1)..];
        var space = type?.Namespace ?? typeFullName[..typeFullName.LastIndexOf('.')];
        return !Types.InAssembly(Core).That().ResideInNamespace(space).And().HaveName(name)
            .ShouldNot().HaveDependencyOn(Namespace(folder)).GetResult().IsSuccessful;
    }
}
