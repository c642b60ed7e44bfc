using System.ComponentModel;
using System.Globalization;

namespace Summarizer.Configuration;

/// <summary>Converts one setting as the configuration binder does, and words what a type expects.</summary>
internal static class ConfigurationValue
{
    public static bool TryConvert(string text, Type type, out object? value)
    {
        value = null;
        var underlying = Nullable.GetUnderlyingType(type);
        if (type == typeof(string))
        {
            value = text;
            return true;
        }

        // The binder reads an empty value as "not set" for nullable and reference types.
        if (text.Length == 0 && (underlying is not null || !type.IsValueType))
        {
            return true;
        }

        var converter = TypeDescriptor.GetConverter(underlying ?? type);
        if (!converter.CanConvertFrom(typeof(string)))
        {
            return true;
        }

        try
        {
            value = converter.ConvertFromInvariantString(text);
            return true;
        }
#pragma warning disable CA1031 // Converters throw whatever they like (FormatException, OverflowException, ArgumentException, Exception).
        catch (Exception)
#pragma warning restore CA1031
        {
            return false;
        }
    }

    public static string Expected(Type type, object? example)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t.IsEnum)
        {
            return $"is not one of {string.Join(", ", Enum.GetNames(t).Select(n => n.ToLowerInvariant()))}";
        }

        var sample = example is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : null;
        return t switch
        {
            _ when t == typeof(TimeSpan) => $"is not a time span (expected e.g. {(example is TimeSpan span && span > TimeSpan.Zero ? span.ToString("c", CultureInfo.InvariantCulture) : "00:00:20")})",
            _ when t == typeof(bool) => "is not true or false",
            _ when t == typeof(int) || t == typeof(long) => $"is not a whole number (expected e.g. {sample ?? "10"})",
            _ when t == typeof(double) || t == typeof(decimal) || t == typeof(float) => $"is not a number (expected e.g. {sample ?? "0.5"})",
            _ => $"cannot be read as {t.Name}",
        };
    }
}
