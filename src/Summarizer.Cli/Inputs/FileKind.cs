using System.Runtime.InteropServices;

namespace Summarizer.Cli.Inputs;

/// <summary>
/// What a path names, from <c>stat(2)</c>: only a regular file is read as a page. A device (<c>/dev/zero</c>,
/// <c>/dev/urandom</c>) never ends and reports a size of 0, so the size check cannot stop it; opening a FIFO blocks until
/// a writer comes, for ever and deaf to SIGTERM; a socket cannot be read at all. .NET has no public API for the file type
/// (dotnet/runtime#85148), so this asks the runtime's own native shim, which every .NET install on Unix carries.
/// </summary>
internal static class FileKind
{
    // The runtime's platform-neutral S_IF* values (System.Native pal_io.h), not the C library's.
    private const int TypeMask = 0xF000;
    private const int Fifo = 0x1000;
    private const int CharacterDevice = 0x2000;
    private const int Directory = 0x4000;
    private const int BlockDevice = 0x6000;
    private const int Regular = 0x8000;
    private const int Socket = 0xC000;

    /// <summary>Offset of <c>Mode</c> in the shim's <c>FileStatus</c> (after <c>int32 Flags</c>).</summary>
    private const int ModeOffset = 4;

    /// <summary>Larger than the shim's <c>FileStatus</c> (about 120 bytes) so the native write always fits.</summary>
    private const int StatusBufferSize = 512;

    /// <summary>
    /// Why <paramref name="path"/> (symbolic links followed) is not a regular file, e.g. "a FIFO (named pipe)"; null for
    /// a regular file, or when the type cannot be read (Windows, a missing shim): then the size limits still apply.
    /// </summary>
    public static string? NotRegular(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        var status = new byte[StatusBufferSize];
        try
        {
            if (Stat(path, status) != 0)
            {
                return null; // missing or unreadable: opening it reports why
            }
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }

        return (BitConverter.ToInt32(status, ModeOffset) & TypeMask) switch
        {
            Regular => null,
            Fifo => "a FIFO (named pipe)",
            CharacterDevice => "a character device",
            BlockDevice => "a block device",
            Socket => "a socket",
            Directory => "a directory",
            _ => "not a regular file",
        };
    }

#pragma warning disable SYSLIB1054, CA5392 // runtime marshalling keeps the project free of unsafe code; the shim lives in the runtime's own folder
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] status);
#pragma warning restore SYSLIB1054, CA5392
}
