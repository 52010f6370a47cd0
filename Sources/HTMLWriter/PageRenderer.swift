import Foundation
import PlainlyModel

/// Writes one document as one page: the head, the title page, contents, each part, the hard words
/// and the contact card. The blocks and inlines are in `PageRenderer+Blocks.swift` and
/// `PageRenderer+Inlines.swift`.
struct PageRenderer {
    let assembly: DocumentAssembly
    var document: Document { assembly.document }
    let options: HTMLWriter.Options
    var assets: AssetCollector
    var out: HTMLBuilder
    var ids = IDRegistry()
    var diagnostics: [Diagnostic] = []
    let hardWords: HardWordLinker
    /// The hard words already linked in the current part: each links once a part.
    var linkedHardWords: Set<String> = []
    /// The level of the last heading written, so that no level is ever skipped.
    var lastHeadingLevel = 1
    /// The id of a heading written as the last block, so a table right below it can be named by it.
    var headingJustWritten: String?
    /// Links to places on this page, checked once every id is known.
    var fragmentLinks: [(id: String, location: SourceLocation)] = []

    private let glossaryAnchors: [String: String]
    /// For each hard word's id, the id of its explanation, which a link to it names as its description.
    let hardWordMeanings: [String: String]

    init(realized: RealizedDocument, options: HTMLWriter.Options) {
        let document = realized.document
        self.assembly = realized.assembly
        self.options = options
        assets = AssetCollector(pictures: realized.pictures, embed: options.singleFile)
        out = HTMLBuilder(reservingCapacity: 64 * 1024)

        var collector = AnchorCollector()
        collector.visitDocument(document)
        ids.reserve(collector.anchors)

        // The glossary's ids are made first so that text anywhere can link to them.
        var anchorMaker = AnchorMaker()
        var glossaryAnchors: [String: String] = [:]
        var meanings: [String: String] = [:]
        var terms: [(term: String, anchor: String)] = []
        for entry in document.metadata.glossary where glossaryAnchors[entry.term] == nil {
            let id = ids.claimGenerated("hard-word-" + anchorMaker.anchor(for: entry.term))
            glossaryAnchors[entry.term] = id
            meanings[id] = ids.claimGenerated(id + "-meaning")
            terms.append((entry.term, id))
        }
        self.glossaryAnchors = glossaryAnchors
        hardWordMeanings = meanings
        hardWords = HardWordLinker(terms: terms)
    }

    mutating func render() -> RenderedOutput {
        let metadata = document.metadata
        let fonts = assets.fonts(from: options.fontsDirectory)
        diagnostics += fonts.diagnostics

        out.doctype()
        out.open(.html, [.lang(language(metadata.language))])
        writeHead(fontFaces: fonts.faces)
        out.open(.body, [.classes("\(metadata.profile.rawValue) \(metadata.kind.rawValue)")])
        let mainID = ids.claimGenerated("main")
        out.element(.a, [.href(fragment(mainID)), .classes("skip-link")], text: Wording.skipLink)

        for block in assembly.frontMatter(includeContents: options.includeContents) {
            switch block {
            case .titlePage(let page): writeTitlePage(page)
            case .contents(let contents): writeContents(contents)
            default: writeBlock(block)
            }
        }

        out.open(.main, [.id(mainID)])
        let untitledAlone = document.parts.count == 1 && Self.shown(document.parts[0].title) == nil
        for part in document.parts { writePart(part, alone: untitledAlone, assembly: assembly) }
        let backMatter = assembly.backMatter
        for block in backMatter {
            switch block {
            case .glossary(let glossary): writeGlossary(glossary)
            case .contactCard: continue  // in the footer, below
            default: writeBlock(block)  // dates for the diary
            }
        }
        out.close(.main)
        for case .contactCard(let card) in backMatter { writeContactCard(card) }

        out.close(.body)
        out.close(.html)
        let html = out.finish()
        checkFragmentLinks()

        var files = [RenderedOutput.File(path: "index.html", contents: Data(html.utf8))]
        files += assets.files.sorted { $0.path < $1.path }
        return RenderedOutput(files: files, diagnostics: diagnostics.sortedByLocation())
    }

    // MARK: - Head

    private mutating func writeHead(fontFaces: [AssetCollector.FontFace]) {
        out.open(.head)
        out.void(.meta, [.charset("utf-8")])
        out.void(.meta, [.name("viewport"), .content("width=device-width, initial-scale=1")])
        // Belt and braces: even if text slipped through unescaped, no script could run.
        out.void(.meta, [.httpEquiv("Content-Security-Policy"), .content(Self.contentSecurityPolicy(scriptNonce: options.scriptNonce))])
        out.void(.meta, [.name("color-scheme"), .content("light dark")])
        out.void(.meta, [.name("generator"), .content("Plainly")])
        out.element(.title, text: Self.shown(document.metadata.title) ?? Wording.untitled)
        if options.singleFile {
            let faces = fontFaces.map { (url: $0.url.value, weight: $0.weight) }
            out.styleSheet(Stylesheet(fontFaces: faces))
        } else {
            let faces = fontFaces.map { (url: $0.url.fromAssetsFolder, weight: $0.weight) }
            let path = "assets/plainly.css"
            assets.add(RenderedOutput.File(path: path, contents: Data(Stylesheet(fontFaces: faces).text.utf8)))
            out.void(.link, [.rel("stylesheet"), .href(AssetURL.file(path))])
        }
        out.close(.head)
    }

    /// No script, plugin, frame or form, ever. Pictures, fonts and styles are left alone: the page
    /// only ever names `assets/…` and `data:` ones, and some browsers treat every local file as a
    /// different origin, so `'self'` would stop a page opened from disk finding its own pictures.
    static func contentSecurityPolicy(scriptNonce: String?) -> String {
        var scripts = "'none'"
        if let nonce = scriptNonce, !nonce.isEmpty,
           nonce.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "+/=-_".unicodeScalars.contains($0)) })
        {
            scripts = "'nonce-\(nonce)'"
        }
        return "script-src \(scripts); object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'"
    }

    /// A BCP 47 tag as written, or en-GB when what was written cannot be one.
    private mutating func language(_ tag: String) -> String {
        let valid = !tag.isEmpty && tag.count <= 35 && tag.split(separator: "-", omittingEmptySubsequences: false).allSatisfy {
            (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
        if valid { return tag }
        diagnostics.append(.warning(
            "'\(tag)' is not a language tag such as en-GB or cy; the web page says en-GB.",
            id: "language-tag", at: document.metadata.location))
        return "en-GB"
    }

    // MARK: - Generated blocks

    mutating func writeTitlePage(_ page: TitlePage) {
        out.open(.header, [.classes("title-page")])
        // Said first, before the title, so nobody takes a draft for the agreed version.
        if page.isDraft {
            out.element(.p, [.classes("draft-note")]) { out in
                out.element(.strong, text: Wording.draftBannerLabel)
                out.text(" " + Wording.draftBanner)
            }
        }
        out.element(.h1, text: Self.shown(page.title) ?? Wording.untitled)
        lastHeadingLevel = 1
        if let subtitle = Self.shown(page.subtitle) { out.element(.p, [.classes("subtitle")], text: subtitle) }
        if let name = page.profileName { out.element(.p, [.classes("profile-name")], text: name) }
        if let cover = page.cover { writeCoverPicture(cover, kind: "cover-picture") }
        if let date = page.date {
            out.element(.p, [.classes("date")]) { $0.element(.time, [.datetime(date.iso)], text: date.spelledOut) }
        }
        for line in page.detailsBeforeLogo { out.element(.p, [.classes("title-detail")], text: line) }
        if let logo = page.logo { writeCoverPicture(logo, kind: "logo") }
        for line in page.detailsAfterLogo { out.element(.p, [.classes("title-detail")], text: line) }
        out.close(.header)
    }

    /// The cover's large picture or the organisation's logo, with its alt text, or a slot.
    private mutating func writeCoverPicture(_ picture: Picture, kind: String) {
        let image = resolve(picture)
        out.open(.div, [.classes(image == nil ? "\(kind) cover-slot" : kind)])
        writePicture(picture, image: image)
        out.close(.div)
    }

    mutating func writeContents(_ contents: Contents) {
        let entries = contents.entries.filter { Self.shown($0.title) != nil }
        guard !entries.isEmpty else { return }
        let titleID = ids.claimGenerated(DocumentAssembly.contentsAnchor)
        out.open(.nav, [.ariaLabelledby(titleID)])
        out.element(.h2, [.id(titleID)], text: contents.title)
        lastHeadingLevel = 2
        out.open(.ol)
        for entry in entries {
            let target = fragment(entry.anchor)
            out.element(.li) { $0.element(.a, [.href(target)], text: entry.title) }
        }
        out.close(.ol)
        out.close(.nav)
    }

    mutating func writeGlossary(_ glossary: Glossary) {
        let titleID = ids.claimGenerated(DocumentAssembly.glossaryAnchor)
        out.open(.section, [.classes("hard-words"), .ariaLabelledby(titleID)])
        out.element(.h2, [.id(titleID)], text: glossary.title)
        lastHeadingLevel = 2
        out.open(.dl)
        var defined: Set<String> = []
        for entry in glossary.entries where Self.shown(entry.term) != nil {
            out.open(.div)
            // A term given twice links to its first entry; the second has no id to clash with it.
            let anchor = glossaryAnchors[entry.term].flatMap { defined.insert($0).inserted ? $0 : nil }
            out.element(.dt) { out in
                if let id = anchor {
                    out.element(.dfn, [.id(id)], text: entry.term)
                } else {
                    out.element(.dfn, text: entry.term)
                }
            }
            out.element(.dd, anchor.flatMap { hardWordMeanings[$0] }.map { [.id($0)] } ?? [], text: entry.explanation)
            out.close(.div)
        }
        out.close(.dl)
        out.close(.section)
    }

    mutating func writeContactCard(_ card: ContactCard) {
        let titleID = ids.claimGenerated(DocumentAssembly.contactAnchor)
        out.open(.footer, [.ariaLabelledby(titleID)])
        out.element(.h2, [.id(titleID)], text: card.title)
        out.open(.address)
        out.open(.dl, [.classes("contact")])
        var contact = card.contact
        // A field left blank says nothing: leave it out rather than show an empty line.
        for field in [\Contact.name, \.phone, \.email, \.address, \.website] where Self.shown(contact[keyPath: field]) == nil {
            contact[keyPath: field] = nil
        }
        func field(_ out: inout HTMLBuilder, _ label: String, _ body: (inout HTMLBuilder) -> Void) {
            out.element(.div) { out in
                out.element(.dt, text: label)
                out.element(.dd, [], body)
            }
        }
        if let name = contact.name { field(&out, Wording.ContactLabel.name) { $0.text(name) } }
        if let phone = contact.phone {
            field(&out, Wording.ContactLabel.phone) { out in
                if let target = LinkTarget.phone(phone) {
                    out.element(.a, [.href(target)], text: phone)
                } else {
                    out.text(phone)
                }
            }
        }
        if let email = contact.email {
            field(&out, Wording.ContactLabel.email) { out in
                if let target = LinkTarget.email(email) {
                    out.element(.a, [.href(target)]) { $0.address(email) }
                } else {
                    out.address(email)
                }
            }
        }
        if let address = contact.address {
            field(&out, Wording.ContactLabel.address) { out in
                let lines = address.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                for (index, line) in lines.enumerated() {
                    if index > 0 { out.void(.br) }
                    out.text(line)
                }
            }
        }
        if let website = contact.website {
            var refusal: LinkTarget.Refusal?
            field(&out, Wording.ContactLabel.website) { out in
                switch LinkTarget.website(website) {
                case .success(let target): out.element(.a, [.href(target)]) { $0.address(website) }
                case .failure(let reason):
                    refusal = reason
                    out.address(website)
                }
            }
            if let refusal {
                diagnostics.append(.warning(
                    "The contact website is shown as plain words: \(refusal.reason).", id: "unsafe-link",
                    at: document.metadata.location))
            }
        }
        out.close(.dl)
        out.close(.address)
        out.close(.footer)
    }

    // MARK: - Parts

    private mutating func writePart(_ part: Part, alone: Bool, assembly: DocumentAssembly) {
        linkedHardWords.removeAll()
        let container: Tag = document.metadata.kind == .newsletter ? .article : .section
        if let title = Self.shown(part.title) {
            let id = claimID(anchor: part.anchor, title: title, at: part.location)
            out.open(container, [.classes("part"), .ariaLabelledby(id)])
            out.element(.h2, [.id(id)], text: title)
            lastHeadingLevel = 2
        } else if !alone {
            out.open(.div, [.classes("part")])
        }
        if let byline = assembly.byline(for: part) { out.element(.p, [.classes("by-line")], text: byline) }
        if part.status == .draft {
            out.element(.p, [.classes("draft-note")]) { out in
                out.element(.strong, text: Wording.draftPartLabel)
                out.text(" " + Wording.draftPartNote)
            }
        }
        for block in assembly.blocks(of: part) { writeBlock(block) }
        if Self.shown(part.title) != nil {
            out.close(container)
        } else if !alone {
            out.close(.div)
        }
    }

    // MARK: - Shared pieces

    /// The text when it has something to show; nil when it is missing or only spaces, so that no
    /// heading, title or caption is ever empty.
    static func shown(_ text: String?) -> String? {
        guard let text, text.contains(where: { !$0.isWhitespace }) else { return nil }
        return text
    }

    /// A link to an id on this page; checked once the whole page is written.
    mutating func fragment(_ id: String, at location: SourceLocation = .generated) -> LinkTarget {
        guard case .success(let target) = LinkTarget.check("#" + IDRegistry.clean(id)) else {
            preconditionFailure("an id always makes a fragment link")
        }
        if !location.isGenerated { fragmentLinks.append((IDRegistry.clean(id), location)) }
        return target
    }

    /// The id of a part or heading: its anchor, or one made from its title when it has none.
    mutating func claimID(anchor: String, title: String, at location: SourceLocation) -> String {
        if anchor.isEmpty {
            var maker = AnchorMaker()
            return ids.claimGenerated(maker.anchor(for: title))
        }
        let (id, renamed) = ids.claimAnchor(anchor)
        if renamed {
            diagnostics.append(.warning(
                "The anchor '\(anchor)' is used twice; the second place is called '\(id)' on the web page.",
                id: "duplicate-anchor", at: location))
        }
        return id
    }

    private mutating func checkFragmentLinks() {
        for link in fragmentLinks where !ids.isUsed(link.id) {
            diagnostics.append(.warning(
                "This link goes to '#\(link.id)', which is not on the page.", id: "broken-link", at: link.location))
        }
    }
}
