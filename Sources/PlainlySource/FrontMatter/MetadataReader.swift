import PlainlyModel

/// Reads document metadata from front matter or `guide.yaml`, and a part's own front matter.
struct MetadataReader {
    /// Keys a document's front matter (or `guide.yaml`) may use.
    static let documentKeys = [
        "title", "subtitle", "kind", "profile", "language", "date", "review-date", "version", "easy-read-of",
        "authors", "contact", "glossary",
        // Newsletters (allowed in any document).
        "issue", "season", "events", "article-break",
        // Board papers' cover block.
        "meeting", "agenda-item", "purpose", "decision-needed",
        // A cover page.
        "cover", "logo",
    ]
    /// `guide.yaml` also lists its parts.
    static let guideKeys = documentKeys + ["parts"]
    static let partKeys = ["title", "by", "status"]
    static let contactKeys = ["name", "phone", "email", "address", "website"]
    static let eventKeys = ["date", "time", "place", "what"]

    var fields = FieldReader()

    /// What a document's metadata says, and (for `guide.yaml`) its part files with their positions.
    struct DocumentFields {
        var metadata: Metadata
        var titleWasGiven: Bool
        var parts: [(path: String, location: SourceLocation)] = []
    }

    /// - Parameter pictures: resolves `cover:` and `logo:` as the file holding them would resolve a
    ///   Markdown picture.
    mutating func readDocument(
        _ root: YAMLValue?, at location: SourceLocation, isGuide: Bool, pictures: PictureReference
    ) -> DocumentFields {
        var result = DocumentFields(metadata: Metadata(title: "", location: location), titleWasGiven: false)
        let known = isGuide ? Self.guideKeys : Self.documentKeys
        for entry in topLevelEntries(root) {
            var metadata = result.metadata
            let value = entry.value
            switch entry.key {
            case "title":
                if let title = fields.text(value, key: "title") {
                    metadata.title = title
                    result.titleWasGiven = true
                }
            case "subtitle": metadata.subtitle = fields.text(value, key: "subtitle")
            case "kind": metadata.kind = fields.choice(value, key: "kind", as: DocumentKind.self) ?? metadata.kind
            case "profile": metadata.profile = fields.choice(value, key: "profile", as: Profile.self) ?? metadata.profile
            case "language": metadata.language = language(value) ?? metadata.language
            case "date": metadata.date = fields.date(value, key: "date")
            case "review-date": metadata.reviewDate = fields.date(value, key: "review-date")
            case "version": metadata.version = fields.text(value, key: "version")
            case "easy-read-of": metadata.easyReadOf = fields.text(value, key: "easy-read-of")
            case "authors": metadata.authors = fields.names(value, key: "authors")
            case "contact": metadata.contact = contact(value)
            case "glossary": metadata.glossary = glossary(value)
            case "issue": metadata.newsletter.issue = fields.text(value, key: "issue")
            case "season": metadata.newsletter.season = fields.text(value, key: "season")
            case "events": metadata.newsletter.events = events(value)
            case "article-break":
                metadata.newsletter.articleStartsNewPage =
                    fields.choice(value, key: "article-break", as: ArticleBreak.self) == .page
            case "meeting": metadata.paper.meeting = fields.text(value, key: "meeting")
            case "agenda-item": metadata.paper.agendaItem = fields.text(value, key: "agenda-item")
            case "purpose": metadata.paper.purpose = fields.text(value, key: "purpose")
            case "decision-needed": metadata.paper.decisionNeeded = fields.text(value, key: "decision-needed")
            case "cover": metadata.cover = picture(value, as: .cover, references: pictures)
            case "logo": metadata.logo = picture(value, as: .logo, references: pictures)
            case "parts" where isGuide:
                result.parts = fields.items(value, key: "parts").compactMap { item in
                    fields.text(item, key: "parts").map { ($0, item.location) }
                }
            default: fields.unknownKey(entry, known: known)
            }
            result.metadata = metadata
        }
        return result
    }

    /// A part's own front matter: `title`, `by` and `status`.
    mutating func readPart(_ root: YAMLValue?) -> (title: String?, by: [String], status: PartStatus?) {
        var title: String?
        var by: [String] = []
        var status: PartStatus?
        for entry in topLevelEntries(root) {
            switch entry.key {
            case "title": title = fields.text(entry.value, key: "title")
            case "by": by = fields.names(entry.value, key: "by")
            case "status": status = fields.choice(entry.value, key: "status", as: PartStatus.self)
            default: fields.unknownKey(entry, known: Self.partKeys)
            }
        }
        return (title, by, status)
    }

    private mutating func topLevelEntries(_ root: YAMLValue?) -> [YAMLValue.Entry] {
        guard let root else { return [] }
        guard case .mapping(let entries, _) = root else {
            fields.report(.error(
                "Front matter should be a set of keys, one a line, like 'title: Your guide'.",
                id: "wrong-type", at: root.location))
            return []
        }
        return entries
    }

    private mutating func language(_ value: YAMLValue) -> String? {
        guard let tag = fields.text(value, key: "language") else { return nil }
        // BCP 47 in its common shapes: `en`, `en-GB`, `cy-GB`, `zh-Hant-TW`.
        let subtags = tag.split(separator: "-", omittingEmptySubsequences: false)
        let valid = !subtags.isEmpty && subtags.allSatisfy { sub in
            (1...8).contains(sub.count) && sub.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        } && subtags[0].count >= 2 && subtags[0].count <= 3 && subtags[0].allSatisfy(\.isLetter)
        guard valid else {
            fields.report(.error(
                "'language' should be a language tag such as en-GB or cy; found '\(tag)'.",
                id: "bad-value", at: value.location))
            return nil
        }
        return tag
    }

    private mutating func contact(_ value: YAMLValue) -> Contact? {
        var contact = Contact()
        for entry in fields.entries(value, key: "contact") {
            let text = fields.text(entry.value, key: "contact: \(entry.key)")
            switch entry.key {
            case "name": contact.name = text
            case "phone": contact.phone = text
            case "email": contact.email = text
            case "address": contact.address = text
            case "website": contact.website = text
            default: fields.unknownKey(entry, known: Self.contactKeys)
            }
        }
        return contact.isEmpty ? nil : contact
    }

    /// `- date: 2027-02-04` with `time`, `place` and `what`, one list item an event.
    private mutating func events(_ value: YAMLValue) -> [DiaryEvent] {
        fields.items(value, key: "events").compactMap { item in
            var date: CalendarDate?
            var time: String?
            var place: String?
            var what: String?
            for entry in fields.entries(item, key: "events") {
                switch entry.key {
                case "date": date = fields.date(entry.value, key: "events: date")
                case "time": time = fields.text(entry.value, key: "events: time")
                case "place": place = fields.text(entry.value, key: "events: place")
                case "what": what = fields.text(entry.value, key: "events: what")
                default: fields.unknownKey(entry, known: Self.eventKeys)
                }
            }
            guard let date, let what else {
                fields.report(.error(
                    "Each event needs a 'date:' (YYYY-MM-DD) and a 'what:' saying what it is.",
                    id: "incomplete-event", at: item.location))
                return nil
            }
            return DiaryEvent(date: date, time: time, place: place, what: what, location: item.location)
        }
    }

    /// `term: explanation`, one a line, in the author's order.
    private mutating func glossary(_ value: YAMLValue) -> [GlossaryEntry] {
        fields.entries(value, key: "glossary").compactMap { entry in
            guard let explanation = fields.text(entry.value, key: "glossary: \(entry.key)") else {
                fields.report(.warning(
                    "The hard word '\(entry.key)' has no explanation; it is left out of the list.",
                    id: "empty-glossary-entry", at: entry.keyLocation))
                return nil
            }
            return GlossaryEntry(term: entry.key, explanation: explanation, location: entry.keyLocation)
        }
    }
}
