import Foundation

/// Hands a command line over to `plainly-full`, the binary with every command in it.
///
/// `plainly` itself links only what `check` needs, because a binary that also loads Cairo, Pango,
/// librsvg and the preview server's networking spends tens of milliseconds starting up before
/// it checks a single word. Every other command replaces the process with `plainly-full` from the
/// same folder, so exit codes, signals and standard input and output behave exactly as if it had
/// been run directly; argv is passed unchanged, so help and errors still say `plainly`.
public enum FullCommandLauncher {
    public static let fullBinaryName = "plainly-full"

    /// `plainly-full` beside the executable at `executable`, after resolving symlinks, so that a
    /// `plainly` linked into another folder (or found on PATH) still finds its partner.
    public static func fullBinary(besideExecutable executable: String) -> String {
        let resolved = realpath(executable, nil).map { pointer in
            defer { free(pointer) }
            return String(cString: pointer)
        } ?? executable
        return ((resolved as NSString).deletingLastPathComponent as NSString).appendingPathComponent(fullBinaryName)
    }

    /// The running executable. `/proc/self/exe` is the file the kernel ran, whatever argv[0] says.
    static var runningExecutable: String {
        #if os(Linux)
        "/proc/self/exe"
        #else
        Bundle.main.executablePath ?? CommandLine.arguments[0]
        #endif
    }

    /// Replaces this process with `plainly-full`, passing `arguments` (argv, including argv[0]) as
    /// they are. Returns only if that fails, after saying why on standard error, with exit code 2.
    public static func exec(_ arguments: [String]) -> Int32 {
        let path = fullBinary(besideExecutable: runningExecutable)
        let argv = arguments.map { strdup($0) } + [nil]
        execv(path, argv)
        let reason = String(cString: strerror(errno))
        argv.forEach { free($0) }
        Console.current.err("plainly: error: cannot run \(path): \(reason)")
        return 2
    }
}
