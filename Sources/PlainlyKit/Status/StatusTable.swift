import Foundation

/// `plainly status` as text: a table a group can read together, then what stops it being final.
public enum StatusTable {
    static let titleWidth = 36
    static let writersWidth = 28

    public static func render(_ status: DocumentStatus) -> String {
        var lines: [String] = ["\(status.title) (\(status.kind), \(status.profile))", ""]
        let header = ["Part", "Written by", "Status", "Words", "Reading age", "Errors", "Warnings", "Pictures to choose", "Suggested"]
        var rows: [[String]] = status.parts.map { row in
            [
                clip(row.title, titleWidth), clip(row.by.joined(separator: ", "), writersWidth), row.status,
                String(row.words), row.readingAge.map(String.init) ?? "–", String(row.errors), String(row.warnings),
                String(row.emptyPictureSlots), String(row.slotsWithSuggestions),
            ]
        }
        let agreed = status.parts.filter { $0.status == "agreed" }.count
        rows.append([
            "Total", "", "\(agreed) of \(status.parts.count) agreed", String(status.parts.map(\.words).reduce(0, +)), "",
            String(status.parts.map(\.errors).reduce(0, +)), String(status.parts.map(\.warnings).reduce(0, +)),
            String(status.emptyPictureSlots), String(status.slotsWithSuggestions),
        ])
        lines += table(header: header, rows: rows, numericColumns: [3, 4, 5, 6, 7, 8])
        lines.append("")
        if status.isFinal {
            lines.append("Ready to be final: every part is agreed, every picture is chosen and the checker found no errors.")
        } else {
            lines.append("Not ready to be final yet (\(status.blockers.count) thing\(status.blockers.count == 1 ? "" : "s") to do):")
            for blocker in status.blockers {
                lines.append("  " + [blocker.location, blocker.message].compactMap { $0 }.joined(separator: ": "))
            }
        }
        if let pictures = picturesLine(status) { lines.append(pictures) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// "2 of 3 pictures still to choose have suggestions from the picture bank: see `plainly pictures`."
    /// Nil when no picture is waiting.
    public static func picturesLine(_ status: DocumentStatus) -> String? {
        let slots = status.emptyPictureSlots
        guard slots > 0 else { return nil }
        let verb = status.slotsWithSuggestions == 1 ? "has" : "have"
        return "\(status.slotsWithSuggestions) of \(slots) picture\(slots == 1 ? "" : "s") still to choose \(verb) suggestions "
            + "from the picture bank: see `plainly pictures`."
    }

    /// Columns padded to their widest cell, numbers right-aligned, a rule under the header and
    /// above the total row.
    static func table(header: [String], rows: [[String]], numericColumns: Set<Int>) -> [String] {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return numericColumns.contains(column) ? padding + cell : cell + padding
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        var lines = [line(header), rule]
        lines += rows.dropLast().map(line)
        if let total = rows.last {
            lines.append(rule)
            lines.append(line(total))
        }
        return lines
    }

    static func clip(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(width - 1)) + "…"
    }
}

extension DocumentStatus {
    /// The stable JSON form (`schema: plainly-status/1`): keys sorted, so diffs stay small.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
