import Foundation
import PlainlyFiles

/// Where `check` writes its report as it is made: standard output, or the `--out` file (written whole
/// or not at all, see `AtomicFileWriter`), in the blocks the report makes.
///
/// A report written anywhere but the terminal ends in exactly one newline, as it did when each was made
/// as one string and printed or saved whole: a newline is added when the report does not end in one,
/// and the terminal report's last empty line (which keeps files apart on screen) is dropped.
final class ReportOutput {
    private let destination: ([UInt8]) -> Void
    private let file: AtomicFileWriter?
    private let endsInOneNewline: Bool
    private let dropsLastEmptyLine: Bool
    /// A newline at the end of what was written so far, not yet passed on (see `dropsLastEmptyLine`).
    private var heldNewline = false
    /// The last byte passed on.
    private var last: UInt8?

    /// Straight to the console, every byte as the report makes it (the terminal report on screen).
    static func raw(_ console: Console) -> ReportOutput {
        ReportOutput(destination: { console.out(bytes: $0) }, file: nil, endsInOneNewline: false, dropsLastEmptyLine: false)
    }

    /// To the console, ending in one newline.
    static func console(_ console: Console, dropsLastEmptyLine: Bool = false) -> ReportOutput {
        ReportOutput(destination: { console.out(bytes: $0) }, file: nil, endsInOneNewline: true, dropsLastEmptyLine: dropsLastEmptyLine)
    }

    /// To a file, ending in one newline.
    static func file(_ url: URL, shown: String, dropsLastEmptyLine: Bool = false) throws(FileWriteError) -> ReportOutput {
        let writer = try AtomicFileWriter(to: url, shown: shown)
        return ReportOutput(destination: { writer.write($0) }, file: writer, endsInOneNewline: true, dropsLastEmptyLine: dropsLastEmptyLine)
    }

    private init(destination: @escaping ([UInt8]) -> Void, file: AtomicFileWriter?, endsInOneNewline: Bool, dropsLastEmptyLine: Bool) {
        self.destination = destination
        self.file = file
        self.endsInOneNewline = endsInOneNewline
        self.dropsLastEmptyLine = dropsLastEmptyLine
    }

    func write(_ bytes: [UInt8]) {
        guard let end = bytes.last else { return }
        if heldNewline {
            pass([10])
            heldNewline = false
        }
        if dropsLastEmptyLine && end == 10 {
            pass(Array(bytes.dropLast()))
            heldNewline = true
        } else {
            pass(bytes)
        }
    }

    func write(_ text: String) { write(Array(text.utf8)) }

    private func pass(_ bytes: [UInt8]) {
        guard let end = bytes.last else { return }
        destination(bytes)
        last = end
    }

    /// Ends the report and, for a file, puts it in place.
    func finish() throws(FileWriteError) {
        // A held newline ends the report when what came before it did not end a line already.
        if endsInOneNewline && last != 10 { pass([10]) }
        heldNewline = false
        try file?.commit()
    }

    /// Leaves an `--out` file as it was.
    func abandon() { file?.discard() }
}
