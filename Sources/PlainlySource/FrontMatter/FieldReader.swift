import PlainlyModel

/// Reads typed values out of YAML, collecting a positioned error for each value of the wrong type
/// instead of stopping at the first, so an author sees every problem in one go.
struct FieldReader {
    private(set) var diagnostics: [Diagnostic] = []

    mutating func text(_ value: YAMLValue, key: String) -> String? {
        switch value {
        case .scalar(let string, _):
            let trimmed = string.trimmingWhitespace
            return trimmed.isEmpty ? nil : trimmed
        case .null: return nil
        default:
            wrongType(value, key: key, expected: "some text")
            return nil
        }
    }

    /// One name or a list of names: `by: Sam` and `by: [Sam, Priya]` both work.
    mutating func names(_ value: YAMLValue, key: String) -> [String] {
        switch value {
        case .scalar, .null:
            return text(value, key: key).map { [$0] } ?? []
        case .sequence(let items, _):
            return items.compactMap { text($0, key: key) }
        case .mapping:
            wrongType(value, key: key, expected: "a name or a list of names")
            return []
        }
    }

    mutating func date(_ value: YAMLValue, key: String) -> CalendarDate? {
        guard let string = text(value, key: key) else { return nil }
        if let date = CalendarDate(iso: string) { return date }
        diagnostics.append(.error(
            "'\(key)' should be a date written as YYYY-MM-DD, like 2026-03-31; found '\(string)'.",
            id: "bad-date", at: value.location))
        return nil
    }

    mutating func choice<T: RawRepresentable & CaseIterable>(
        _ value: YAMLValue, key: String, as type: T.Type
    ) -> T? where T.RawValue == String {
        guard let string = text(value, key: key) else { return nil }
        if let choice = T(rawValue: string.lowercased()) { return choice }
        let options = T.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        diagnostics.append(.error(
            "'\(key)' must be one of \(options); found '\(string)'.", id: "bad-value", at: value.location))
        return nil
    }

    mutating func entries(_ value: YAMLValue, key: String) -> [YAMLValue.Entry] {
        switch value {
        case .mapping(let entries, _): return entries
        case .null: return []
        default:
            wrongType(value, key: key, expected: "a set of keys, one a line")
            return []
        }
    }

    mutating func items(_ value: YAMLValue, key: String) -> [YAMLValue] {
        switch value {
        case .sequence(let items, _): return items
        case .null: return []
        default:
            wrongType(value, key: key, expected: "a list, one item a line starting with '- '")
            return []
        }
    }

    mutating func unknownKey(_ entry: YAMLValue.Entry, known: [String]) {
        var message = "Unknown key '\(entry.key)'; it is ignored."
        // The usual slips: `review_date` or `review` for `review-date`, `Title` for `title`, a typo.
        if let close = Suggestion.closest(to: entry.key.replacingOccurrences(of: "_", with: "-"), among: known) {
            message += " Did you mean '\(close)'?"
        }
        diagnostics.append(.warning(message, id: "unknown-key", at: entry.keyLocation))
    }

    mutating func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    private mutating func wrongType(_ value: YAMLValue, key: String, expected: String) {
        diagnostics.append(.error(
            "'\(key)' should be \(expected), but it is \(value.kindName).", id: "wrong-type", at: value.location))
    }

}

extension String {
    var trimmingWhitespace: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
