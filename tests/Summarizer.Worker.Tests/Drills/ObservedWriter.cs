using System.Text;

namespace Summarizer.Worker.Tests.Drills;

/// <summary>
/// The stderr of an in-process CLI run that the test reads while the run goes on (the CLI writes from several threads):
/// a drill waits for the line that says the worker got somewhere instead of for a fixed while.
/// </summary>
internal sealed class ObservedWriter : TextWriter
{
    private readonly StringBuilder _text = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (_text)
        {
            _text.Append(value);
        }
    }

    public override void Write(string? value)
    {
        lock (_text)
        {
            _text.Append(value);
        }
    }

    public override void Write(char[] buffer, int index, int count)
    {
        lock (_text)
        {
            _text.Append(buffer, index, count);
        }
    }

    public override string ToString()
    {
        lock (_text)
        {
            return _text.ToString();
        }
    }

    /// <summary>How many times <paramref name="text"/> was written so far.</summary>
    public int Count(string text)
    {
        var all = ToString();
        var count = 0;
        for (var at = all.IndexOf(text, StringComparison.Ordinal); at >= 0; at = all.IndexOf(text, at + text.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>Waits until <paramref name="text"/> was written more than <paramref name="times"/> times; false after <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitForAsync(string text, TimeSpan timeout, int times = 0)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Count(text) <= times)
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(50);
        }

        return true;
    }
}
