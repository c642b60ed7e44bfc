using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Summarizer.Sources;

/// <summary>
/// Each configured source checked as written, naming the source, its key and value: a <c>Type</c> that is not one of
/// the four (the binder drops such an entry silently), a <c>MaxArticlesPerRun</c> below 1 (list items get no
/// DataAnnotations validation), a <c>Url</c> that is not absolute http(s), a <c>Schedule</c> that is not cron or never
/// fires (<c>0 0 30 2 *</c>: February has no 30th). The lines are <see cref="SourceSettingsProblems.Find"/>'s,
/// so the command line (which checks before starting) and the worker service word them the same.
/// </summary>
internal sealed class SourcesOptionsValidator(IConfiguration configuration, TimeProvider time) : IValidateOptions<SourcesOptions>
{
    public ValidateOptionsResult Validate(string? name, SourcesOptions options)
    {
        var problems = SourceSettingsProblems.Find(configuration, time);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
