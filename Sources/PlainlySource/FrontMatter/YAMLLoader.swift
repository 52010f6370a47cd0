import Foundation
import PlainlyModel
import Yams

/// The only place that touches Yams: YAML text in, `YAMLValue` (or a positioned error) out.
enum YAMLLoader {
    /// - Parameters:
    ///   - file: the path relative to the document's base folder, for locations.
    ///   - lineOffset: lines of the file before the YAML's first line.
    /// Either the value (nil for an empty document) or the error that stopped the YAML being read.
    enum Outcome {
        case value(YAMLValue?)
        case failure(Diagnostic)
    }

    static func load(_ yaml: String, file: String, lineOffset: Int) -> Outcome {
        if let problem = YAMLShape.check(yaml) {
            return .failure(.error(
                problem.message, id: "bad-yaml",
                at: SourceLocation(file: file, line: problem.line + lineOffset, column: problem.column)))
        }
        do {
            guard let node = try Yams.compose(yaml: yaml) else { return .value(nil) }
            return .value(convert(node, file: file, lineOffset: lineOffset))
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, in: yaml, file: file, lineOffset: lineOffset))
        } catch {
            return .failure(Diagnostic.error(
                "The YAML could not be read: \(error)", id: "bad-yaml",
                at: SourceLocation(file: file, line: lineOffset + 1, column: 1)))
        }
    }

    private static func convert(_ node: Node, file: String, lineOffset: Int) -> YAMLValue {
        let location = position(node.mark, file: file, lineOffset: lineOffset)
        switch node {
        case .scalar(let scalar):
            // Only an unquoted empty value or `~`/`null` means nothing; quoted text stays text.
            if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
                return .null(location)
            }
            return .scalar(scalar.string, location)
        case .mapping(let mapping):
            let entries = mapping.map { pair in
                YAMLValue.Entry(
                    key: pair.key.string ?? "",
                    keyLocation: position(pair.key.mark, file: file, lineOffset: lineOffset),
                    value: convert(pair.value, file: file, lineOffset: lineOffset))
            }
            return .mapping(entries, location)
        case .sequence(let sequence):
            return .sequence(sequence.map { convert($0, file: file, lineOffset: lineOffset) }, location)
        }
    }

    private static func position(_ mark: Mark?, file: String, lineOffset: Int) -> SourceLocation {
        SourceLocation(file: file, line: (mark?.line ?? 1) + lineOffset, column: mark?.column ?? 1)
    }

    private static func diagnostic(for error: YamlError, in yaml: String, file: String, lineOffset: Int) -> Diagnostic {
        let (problem, mark): (String, Mark?) =
            switch error {
            case .scanner(_, let problem, let mark, _): (problem, mark)
            case .parser(_, let problem, let mark, _): (problem, mark)
            case .composer(_, let problem, let mark, _): (problem, mark)
            case .reader(let problem, _, _, _): (problem, nil)
            default: ("\(error)", nil)
            }
        let location = position(mark, file: file, lineOffset: lineOffset)
        if problem.hasPrefix("mapping values are not allowed"), let mark,
            let quoted = quotedSuggestion(forLine: mark.line, in: yaml)
        {
            return .error(quoted, id: "bad-yaml", at: location)
        }
        return .error(
            "The YAML could not be read: \(problem). Check the indentation and the colons on this line.",
            id: "bad-yaml", at: location)
    }

    /// The usual cause of "mapping values are not allowed": a value with a colon in it, such as
    /// `title: Care: what to expect`. Says so, with the line as it should be written.
    private static func quotedSuggestion(forLine line: Int, in yaml: String) -> String? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count else { return nil }
        let text = lines[line - 1]
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let key = text[..<colon].trimmingCharacters(in: .whitespaces)
        let value = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        guard !key.isEmpty, value.contains(": "), !value.hasPrefix("\""), !value.hasPrefix("'") else { return nil }
        let escaped = value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return "The value of '\(key)' has a colon in it, so it cannot be read as it is; "
            + "put the value in quotes: \(key): \"\(escaped)\""
    }
}
