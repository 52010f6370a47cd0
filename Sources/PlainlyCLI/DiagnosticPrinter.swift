import PlainlyCheckCLI
import PlainlyKit
import PlainlyModel
import PlainlySource

/// Prints findings as compiler-style lines on standard error, coloured only on a terminal.
struct DiagnosticPrinter {
    let console: Console

    func print(_ diagnostics: [PlainlyModel.Diagnostic], for source: LoadedSource) {
        for (diagnostic, line) in zip(diagnostics, source.formatted(diagnostics)) {
            console.err(colored(line, severity: diagnostic.severity))
        }
    }

    private func colored(_ line: String, severity: PlainlyModel.Diagnostic.Severity) -> String {
        guard console.usesColor else { return line }
        let marker = "\(severity.rawValue):"
        let color = switch severity {
        case .error: "\u{1B}[1;31m"
        case .warning: "\u{1B}[1;33m"
        case .note: "\u{1B}[1;36m"
        }
        return line.replacingOccurrences(of: marker, with: "\(color)\(marker)\u{1B}[0m")
    }
}
