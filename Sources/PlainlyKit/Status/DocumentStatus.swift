import Foundation
import PlainlyModel
import PlainlySource
import Readability

/// Where a co-production group has got to: each part with who wrote it, whether it is agreed, how
/// long and how easy to read it is, what the checker says, and which pictures are still to choose.
public struct DocumentStatus: Sendable, Codable, Equatable {
    public struct PartRow: Sendable, Codable, Equatable {
        public var title: String
        public var file: String
        public var by: [String]
        public var status: String
        public var words: Int
        /// The UK reading age, rounded; nil when the part is too short to score.
        public var readingAge: Int?
        public var errors: Int
        public var warnings: Int
        public var notes: Int
        public var emptyPictureSlots: Int
        /// How many of those the picture bank has suggestions for (`plainly pictures` lists them).
        public var slotsWithSuggestions: Int
        /// Pictures chosen from the bank (`bank:doctor_1a`): chosen like any other picture.
        public var bankPictures: Int
    }

    /// Something that stops the document being final, with where to look.
    public struct Blocker: Sendable, Codable, Equatable {
        public var kind: String
        public var message: String
        public var location: String?
    }

    public var schema = "plainly-status/1"
    public var title: String
    public var kind: String
    public var profile: String
    public var parts: [PartRow]
    public var blockers: [Blocker]

    public var isFinal: Bool { blockers.isEmpty }

    public var emptyPictureSlots: Int { parts.map(\.emptyPictureSlots).reduce(0, +) }
    public var slotsWithSuggestions: Int { parts.map(\.slotsWithSuggestions).reduce(0, +) }
}

/// Works out a `DocumentStatus` from a loaded source.
public struct StatusMaker: Sendable {
    public init() {}

    public func status(of source: LoadedSource) -> DocumentStatus {
        let document = source.document
        let service = CheckService()
        var rows: [DocumentStatus.PartRow] = []
        var blockers: [DocumentStatus.Blocker] = []
        for (index, part) in document.parts.enumerated() {
            let title = part.title ?? (document.parts.count == 1 ? document.metadata.title : "Part \(index + 1)")
            // Each part is checked on its own, so a group sees which part needs work.
            let result = service.check(Document(metadata: document.metadata, parts: [part]))
            let slots = PictureSlots.find(in: part)
            let suggestions = SlotSuggestions(for: Document(metadata: document.metadata, parts: [part]))
            var bankPictures = BankPictureCount()
            bankPictures.visitPart(part)
            rows.append(.init(
                title: title, file: part.location.file, by: part.by, status: part.status.rawValue,
                words: result.counts.words, readingAge: result.scores.map { Int(max(5, $0.ukReadingAge).rounded()) },
                errors: result.count(of: .error), warnings: result.count(of: .warning), notes: result.count(of: .note),
                emptyPictureSlots: slots.count, slotsWithSuggestions: suggestions.slotsWithSuggestions,
                bankPictures: bankPictures.count))
            if part.status == .draft {
                blockers.append(.init(
                    kind: "draft", message: "'\(title)' is still a draft: the group has not agreed its wording.",
                    location: part.location.formatted(pathPrefix: source.displayPrefix)))
            }
            // The same slots in the same order: each with the bank's ideas for it.
            for (slot, found) in zip(slots, suggestions.pictureSlots) {
                let ideas = found.suggestions.map { Picture.bankPrefix + $0.symbol }
                blockers.append(.init(
                    kind: "picture-slot",
                    message: "A picture is still to be chosen: \(slot.description)."
                        + (ideas.isEmpty ? "" : " Suggested: \(ideas.joined(separator: ", "))."),
                    location: slot.location.formatted(pathPrefix: source.displayPrefix)))
            }
        }
        // A hard word left without its explanation (as `plainly import` offers them) is dropped from
        // the list with a warning; a final document may not go out with one missing.
        for diagnostic in source.diagnostics where diagnostic.id == "empty-glossary-entry" {
            blockers.append(.init(
                kind: "glossary-entry", message: diagnostic.message,
                location: diagnostic.location?.formatted(pathPrefix: source.displayPrefix)))
        }
        let whole = service.check(document)
        for finding in whole.findings where finding.severity == .error {
            let diagnostic = finding.diagnostic
            blockers.append(.init(
                kind: "checker-error", message: "\(diagnostic.message) [\(diagnostic.id)]",
                location: diagnostic.location?.formatted(pathPrefix: source.displayPrefix)))
        }
        return DocumentStatus(
            title: document.metadata.title, kind: document.metadata.kind.rawValue,
            profile: service.profile(for: document.metadata).rawValue, parts: rows, blockers: blockers)
    }
}

/// Pictures chosen from the bank in some content.
private struct BankPictureCount: ContentWalker {
    var count = 0

    mutating func visitPicture(_ picture: Picture) {
        if picture.isFromBank { count += 1 }
    }
}
