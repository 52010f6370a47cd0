import Foundation
import PlainlyCheck
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
    /// Where the project's settings file is shown from (the process's working directory when nil).
    var workingDirectory: URL?

    public init(workingDirectory: URL? = nil) {
        self.workingDirectory = workingDirectory
    }

    public func status(of source: LoadedSource) -> DocumentStatus {
        let document = source.document
        // The project's `.plainly.yaml`, as `plainly check` of the same source uses it: its ignored
        // rules, words and limits count here and for `--final` too. Settings with problems are not
        // used, and stop the document being final until they are put right.
        let project = ProjectCheckSettings.forSource(source, relativeTo: workingDirectory)
        let service = CheckService(settings: project.settings)
        var rows: [DocumentStatus.PartRow] = []
        var blockers: [DocumentStatus.Blocker] = project.problems.map {
            .init(kind: "settings", message: "\($0.message) [\($0.id)]", location: $0.location?.description)
        }
        // The cover picture and logo, named in the front matter, come first, as on the page.
        for picture in document.metadata.coverPictures {
            let location = picture.location.formatted(pathPrefix: source.displayPrefix)
            if picture.isSlot {
                blockers.append(.init(
                    kind: "picture-slot", message: "A picture is still to be chosen: \(picture.description).",
                    location: location))
            } else if let path = picture.path, case .failure(let problem) = source.pictures[path] {
                let warning = PictureWarning.warning(problem, path: path, at: picture.location)
                blockers.append(.init(kind: "picture-file", message: warning.message, location: location))
            }
        }
        for (index, part) in document.parts.enumerated() {
            let title = part.title ?? (document.parts.count == 1 ? document.metadata.title : "Part \(index + 1)")
            // Each part is checked on its own, so a group sees which part needs work.
            let result = service.check(Document(metadata: document.metadata, parts: [part]))
            let slots = PictureSlots.find(in: part)
            let suggestions = SlotSuggestions(for: Document(metadata: document.metadata, parts: [part]))
            var bankPictures = BankPictureCount()
            bankPictures.visitPart(part)
            // A picture whose file cannot be used is shown as a slot: still to be chosen.
            var unusable = UnusablePictures(pictures: source.pictures)
            unusable.visitPart(part)
            rows.append(.init(
                title: title, file: part.location.file, by: part.by, status: part.status.rawValue,
                words: result.counts.words, readingAge: result.scores.map { Int(max(5, $0.ukReadingAge).rounded()) },
                errors: result.count(of: .error), warnings: result.count(of: .warning), notes: result.count(of: .note),
                emptyPictureSlots: slots.count + unusable.found.count, slotsWithSuggestions: suggestions.slotsWithSuggestions,
                bankPictures: bankPictures.count))
            if part.status == .draft {
                blockers.append(.init(
                    kind: "draft", message: "'\(title)' is still a draft: the group has not agreed its wording.",
                    location: part.location.formatted(pathPrefix: source.displayPrefix)))
            }
            // Pictures still to choose, slots and unusable files alike, in the order they come.
            var pictureBlockers: [(at: SourceLocation, blocker: DocumentStatus.Blocker)] = []
            for (picture, problem) in unusable.found {
                let warning = PictureWarning.warning(problem, path: picture.path ?? "", at: picture.location)
                pictureBlockers.append((picture.location, .init(
                    kind: "picture-file", message: warning.message,
                    location: picture.location.formatted(pathPrefix: source.displayPrefix))))
            }
            // The same slots in the same order: each with the bank's ideas for it.
            for (slot, found) in zip(slots, suggestions.pictureSlots) {
                let ideas = found.suggestions.map { Picture.bankPrefix + $0.symbol }
                pictureBlockers.append((slot.location, .init(
                    kind: "picture-slot",
                    message: "A picture is still to be chosen: \(slot.description)."
                        + (ideas.isEmpty ? "" : " Suggested: \(ideas.joined(separator: ", "))."),
                    location: slot.location.formatted(pathPrefix: source.displayPrefix))))
            }
            blockers += pictureBlockers
                .sorted { ($0.at.file, $0.at.line, $0.at.column) < ($1.at.file, $1.at.line, $1.at.column) }
                .map(\.blocker)
        }
        // Words a starter left for the group to replace ("Write your name here").
        for file in source.reading.files {
            guard let text = try? String(contentsOf: source.baseDirectory.appendingPathComponent(file), encoding: .utf8) else { continue }
            for found in StarterPlaceholders.find(in: text, file: file) {
                blockers.append(.init(
                    kind: "placeholder", message: "'\(found.phrase)' is the starter's placeholder: put the real words in its place.",
                    location: found.location.formatted(pathPrefix: source.displayPrefix)))
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

/// Pictures that name a file (or bank symbol) the reader could not use, with why.
private struct UnusablePictures: ContentWalker {
    let pictures: SourcePictures
    var found: [(Picture, PictureProblem)] = []

    init(pictures: SourcePictures) { self.pictures = pictures }

    mutating func visitPicture(_ picture: Picture) {
        guard let path = picture.path, case .failure(let problem) = pictures[path] else { return }
        found.append((picture, problem))
    }
}

/// Pictures chosen from the bank in some content.
private struct BankPictureCount: ContentWalker {
    var count = 0

    mutating func visitPicture(_ picture: Picture) {
        if picture.isFromBank { count += 1 }
    }
}
