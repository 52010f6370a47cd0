import Foundation

#if FUZZING
    import CLibFuzzer
#endif

/// What every fuzz target shares: its `main`, which either hands over to libFuzzer or replays saved
/// inputs.
///
/// Each target in `Fuzz/` is an executable whose `main` calls `FuzzInput.main(_:)` with the code to
/// run on one input. Built with `-D FUZZING` and `-sanitize=fuzzer` (scripts/fuzz), that hands over to
/// libFuzzer's driver, which takes libFuzzer's options and runs the fuzzer. Built plainly (`swift
/// build`) it runs each file named on its command line through the same code, so a crash the fuzzer
/// saved can be replayed, and debugged, without the sanitizers.
///
/// SwiftPM renames an executable's `main` so that tests can link it, so libFuzzer's own `main` cannot
/// be used; `LLVMFuzzerRunDriver` is libFuzzer's door for programs with a `main` of their own.
public enum FuzzInput {
    nonisolated(unsafe) static var body: (Data) -> Void = { _ in }

    public static func main(_ body: @escaping (Data) -> Void) -> Never {
        #if FUZZING
            FuzzInput.body = body
            var argc = CommandLine.argc
            var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
            exit(LLVMFuzzerRunDriver(&argc, &argv, runOne))
        #else
            replay(CommandLine.arguments, body)
        #endif
    }

    /// libFuzzer's input as `Data` (copied: libFuzzer reuses its buffer).
    public static func data(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Data {
        guard let bytes, count > 0 else { return Data() }
        return Data(bytes: bytes, count: count)
    }

    /// Runs `body` on the contents of each file named in `arguments` (the program's name first), then
    /// exits: 0 when every file was read, 2 when one could not be (a crash never returns at all).
    public static func replay(_ arguments: [String], _ body: (Data) -> Void) -> Never {
        let paths = arguments.dropFirst()
        guard !paths.isEmpty else {
            let name = (arguments.first as NSString?)?.lastPathComponent ?? "fuzz-target"
            FileHandle.standardError.write(Data("usage: \(name) INPUT...\nRuns each saved input through this fuzz target's code.\n".utf8))
            exit(2)
        }
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("\(path): error: cannot read this file\n".utf8))
                exit(2)
            }
            body(data)
            print("\(path): ran \(data.count) bytes")
        }
        exit(0)
    }
}

#if FUZZING
    /// What libFuzzer calls with each input.
    private func runOne(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
        FuzzInput.body(FuzzInput.data(bytes, count))
        return 0
    }
#endif
