using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Summarizer;
using Summarizer.Bench.Extraction;
using Summarizer.Extraction;
using Summarizer.Fetching;

if (args.Length == 1 && File.Exists(args[0]))
{
    return SinglePage.Print(args[0]);
}

if (args is ["--month-names", var monthNamesPath])
{
    // The month-name table shipped with the extractor, regenerated from this machine's CultureInfo data.
    File.WriteAllLines(monthNamesPath, Summarizer.Extraction.Metadata.MonthNames.FromCultures()
        .OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}\t{p.Value}"));
    return 0;
}

if (args is ["--dates", var datesDirectory, var datesOutput])
{
    using var dateServices = new ServiceCollection().AddLogging().AddExtraction(new ConfigurationBuilder().Build()).BuildServiceProvider();
    return DatesBench.Run(dateServices.GetRequiredService<IContentExtractor>(), datesDirectory, datesOutput);
}

// --quick: our extractor only, one untimed-warm-up-free pass; for iterating on rules, not for speed figures.
var quick = args.Contains("--quick");
args = [.. args.Where(a => a != "--quick")];
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: Summarizer.Bench.Extraction [--quick] <dataset-dir> <out-dir>   (dataset: html/*.html.gz + ground-truth.json or evaldata.json)\n       Summarizer.Bench.Extraction --dates <htmldate-dataset-dir> <out.jsonl> | --month-names <out.tsv>");
    return 2;
}

var pages = Dataset.Load(args[0]);
var services = new ServiceCollection()
    .AddLogging()
    .AddExtraction(new ConfigurationBuilder().Build())
    .BuildServiceProvider();
var extractor = services.GetRequiredService<IContentExtractor>();
if (args[1] == "--stages")
{
    return StageProfile.Run(pages, extractor, args.ElementAtOrDefault(2), args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 5);
}

Directory.CreateDirectory(args[1]);

string Ours(BenchPage page)
{
    try
    {
        return extractor.Extract(new FetchedPage(page.Url, page.Html, "text/html", null)).Text;
    }
    catch (SummarizerException)
    {
        return "";
    }
}

string Smart(BenchPage page)
{
    var html = TextDecoding.Decode(page.Html, null);
    var article = new SmartReader.Reader((page.Url ?? new Uri("https://example.invalid/")).ToString(), html).GetArticle();
    return article.IsReadable ? article.TextContent?.Trim() ?? "" : "";
}

Console.WriteLine($"dataset {args[0]}: {pages.Count} pages, {pages.Sum(p => (long)p.Html.Length) / 1e6:F1} MB of HTML");
Console.WriteLine(BenchResult.Header);
var ours = ("ours", (Func<BenchPage, string>)Ours, Path.Combine(args[1], "ours.jsonl"));
var smart = ("smartreader", (Func<BenchPage, string>)Smart, Path.Combine(args[1], "smartreader.jsonl"));
foreach (var result in quick ? BenchRunner.RunOnce(pages, ours) : BenchRunner.Run(pages, [ours, smart]))
{
    Console.WriteLine(result);
}

return 0;
