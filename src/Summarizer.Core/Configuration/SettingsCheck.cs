using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace Summarizer.Configuration;

/// <summary>One options object's settings read the way the binder will, each problem worded with its key and value.</summary>
internal static class SettingsCheck
{
    public static void CheckObject(IConfigurationSection section, Type type, string owner, List<string> problems)
    {
        var defaults = Activator.CreateInstance(type);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true }))
        {
            var child = section.GetSection(property.Name);
            if (child.Value is null)
            {
                if (property.GetCustomAttribute<RequiredAttribute>() is not null && property.GetValue(defaults) is null
                    && !child.GetChildren().Any())
                {
                    problems.Add(owner + ConfigurationKey.Describe(child.Path, null, "is required"));
                }

                continue;
            }

            if (!ConfigurationValue.TryConvert(child.Value, property.PropertyType, out var value))
            {
                problems.Add(owner + ConfigurationKey.Describe(child.Path, child.Value, ConfigurationValue.Expected(property.PropertyType, property.GetValue(defaults))));
                continue;
            }

            foreach (var attribute in property.GetCustomAttributes<ValidationAttribute>())
            {
                if (!attribute.IsValid(value))
                {
                    problems.Add(owner + ConfigurationKey.Describe(child.Path, child.Value, Explain(attribute, property.Name)));
                }
            }
        }
    }

    private static string Explain(ValidationAttribute attribute, string name) => attribute switch
    {
        RangeAttribute range => string.Create(CultureInfo.InvariantCulture, $"is out of range (expected {range.Minimum} to {range.Maximum})"),
        RequiredAttribute => "is required",
        RegularExpressionAttribute pattern => $"is not in the expected form ({pattern.Pattern})",
        _ => attribute.FormatErrorMessage(name),
    };
}
