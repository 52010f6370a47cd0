import Foundation

/// Golden files: readable text kept beside the tests, named after the test, re-recorded on purpose.
///
/// Run with `PLAINLY_RECORD=1` to write the current output as the new golden file. Recording always
/// reports a failure, so a recorded run can never pass by accident; run again without it to check.
public enum Golden {
    public enum Outcome: Equatable, Sendable {
        case matched
        case recorded(path: String)
        case missing(path: String)
        case differs(path: String, firstDifference: String)

        public var passed: Bool { self == .matched }

        public var message: String {
            switch self {
            case .matched: "matches"
            case .recorded(let path): "recorded \(path); run again without PLAINLY_RECORD to check it"
            case .missing(let path): "no golden file at \(path); run with PLAINLY_RECORD=1 to record it"
            case .differs(let path, let difference): "differs from \(path): \(difference)"
            }
        }
    }

    public static var isRecording: Bool {
        let value = ProcessInfo.processInfo.environment["PLAINLY_RECORD"] ?? ""
        return !value.isEmpty && value != "0"
    }

    /// Compares `actual` with `Golden/<name>` in the folder of the test file that calls this.
    public static func compare(_ actual: String, named name: String, testFile: String = #filePath) -> Outcome {
        let folder = URL(fileURLWithPath: testFile).deletingLastPathComponent().appendingPathComponent("Golden")
        let url = folder.appendingPathComponent(name)
        if isRecording {
            try? FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? Data(actual.utf8).write(to: url, options: .atomic)
            return .recorded(path: url.path)
        }
        guard let data = try? Data(contentsOf: url), let expected = String(data: data, encoding: .utf8) else {
            return .missing(path: url.path)
        }
        if expected == actual { return .matched }
        return .differs(path: url.path, firstDifference: firstDifference(expected, actual))
    }

    /// The first line that differs, so a failure says where to look.
    static func firstDifference(_ expected: String, _ actual: String) -> String {
        let e = expected.components(separatedBy: "\n")
        let a = actual.components(separatedBy: "\n")
        for index in 0..<max(e.count, a.count) {
            let el = index < e.count ? e[index] : "<end of file>"
            let al = index < a.count ? a[index] : "<end of file>"
            if el != al { return "line \(index + 1): expected \(el.debugDescription), got \(al.debugDescription)" }
        }
        return "no line differs"
    }
}
