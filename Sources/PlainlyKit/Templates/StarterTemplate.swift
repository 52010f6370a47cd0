import Foundation

/// A starting point for `plainly new`: files that build at once, with comments that teach the
/// conventions to the people who will write in them.
public struct StarterTemplate: Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case guide, newsletter, paper
    }

    /// Paths relative to the new folder, and their text.
    public var files: [(path: String, text: String)]
    /// What to open first, and what to build, for the message printed afterwards.
    public var source: String

    /// The starter of `kind`, dated `today` (year-month-day; the day it is made unless given).
    public static func make(_ kind: Kind, today: String = StarterPlaceholders.todayISO()) -> StarterTemplate {
        var template = switch kind {
        case .guide: GuideTemplate.template
        case .newsletter: NewsletterTemplate.template
        case .paper: PaperTemplate.template
        }
        template.files = template.files.map { ($0.path, $0.text.replacingOccurrences(of: StarterPlaceholders.today, with: today)) }
        return template
    }

    /// Writes the template into `folder`, which must not exist or be empty: nobody's work is overwritten.
    public func write(into folder: URL) throws(PlainlyError) -> [String] {
        let fileManager = FileManager.default
        if let existing = try? fileManager.contentsOfDirectory(atPath: folder.path), !existing.isEmpty {
            throw .refusingToOverwrite(path: folder.path)
        }
        let staged = folder.deletingLastPathComponent()
            .appendingPathComponent(".plainly-new-\(UUID().uuidString)")
        defer { try? fileManager.removeItem(at: staged) }
        do {
            for file in files {
                let url = staged.appendingPathComponent(file.path)
                try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.text.utf8).write(to: url)
            }
            try fileManager.createDirectory(at: folder.deletingLastPathComponent(), withIntermediateDirectories: true)
            if fileManager.fileExists(atPath: folder.path) { try fileManager.removeItem(at: folder) }
            try fileManager.moveItem(at: staged, to: folder)
        } catch {
            throw .cannotWrite(path: folder.path, reason: AtomicOutputWriter.reason(error))
        }
        return files.map(\.path)
    }
}
