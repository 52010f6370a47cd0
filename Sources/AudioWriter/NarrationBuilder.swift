import PlainlyModel

/// Turns a realized document into a `Narration`: one track for the title and contents, one for
/// each part (or, in a document without parts, each top-level section), then one for each section
/// Plainly adds at the end, the contact card last and slowly. Every word is prepared by
/// `ListeningText` here, once.
struct NarrationBuilder {
    var includePictures: Bool
    /// False counts the words as written, quickly, before the limit on words is checked.
    var preparesWords = true

    func narration(of realized: RealizedDocument) -> Narration {
        let assembly = realized.assembly
        let document = realized.document
        let title = document.metadata.title.isEmpty ? Wording.untitled : document.metadata.title
        var tracks = [Track(title: title, utterances: [])]
        for block in assembly.frontMatter() { say(block, into: &tracks[0]) }

        let titledParts = document.parts.filter { $0.title != nil }.count
        var partNumber = 0
        for part in document.parts {
            if let partTitle = part.title {
                partNumber += 1
                var track = Track(title: partTitle, utterances: [])
                let announced = titledParts > 1 ? Wording.Listening.part(partNumber, partTitle) : partTitle
                add(to: &track, announced, pause: .heading)
                if let byline = assembly.byline(for: part) { add(to: &track, byline, pause: .paragraph) }
                if part.status == .draft {
                    add(to: &track, "\(Wording.draftPartLabel) \(Wording.draftPartNote)", pause: .paragraph)
                }
                for block in assembly.blocks(of: part) { say(block, into: &track) }
                tracks.append(track)
            } else {
                // A top-level section starts a track of its own; what comes before the first one
                // joins the track before.
                for block in assembly.blocks(of: part) {
                    if case .heading(let heading) = block, heading.level <= Part.titleLevel {
                        tracks.append(Track(title: SpokenInlines.text(heading.inlines), utterances: []))
                    }
                    say(block, into: &tracks[tracks.count - 1])
                }
            }
        }

        var diary = Track(title: Wording.datesForYourDiary, utterances: [])
        for block in assembly.diary { say(block, into: &diary) }
        if !diary.utterances.isEmpty { tracks.append(diary) }
        for block in assembly.backMatter {
            switch block {
            case .glossary(let glossary):
                var track = Track(title: glossary.title, utterances: [])
                say(block, into: &track)
                tracks.append(track)
            case .contactCard(let card):
                var track = Track(title: card.title, utterances: [])
                say(block, into: &track)
                tracks.append(track)
            default: continue  // the diary, said above
            }
        }
        add(to: &tracks[tracks.count - 1], Wording.Listening.endOfRecording, pause: .paragraph)
        return Narration(tracks: tracks)
    }

    private func say(_ block: Block, into track: inout Track) {
        switch block {
        case .heading(let heading):
            add(to: &track, SpokenInlines.text(heading.inlines), pause: .heading)
        case .paragraph(let paragraph):
            add(to: &track, SpokenInlines.text(paragraph.inlines), pause: .paragraph)
        case .easyReadRow(let row):
            say(row.picture, into: &track)
            for line in row.lines { add(to: &track, SpokenInlines.text(line.inlines), pause: .item) }
            track.endParagraph()
        case .picture(let picture):
            say(picture, into: &track)
        case .list(let list):
            say(list, into: &track)
        case .callout(let callout):
            add(to: &track, callout.title + ".", pause: .item)
            for child in callout.blocks { say(child, into: &track) }
        case .table(let table):
            if let caption = table.caption { add(to: &track, caption, pause: .heading) }
            let labels = table.header.map { SpokenInlines.text($0.inlines) }
            for row in table.rows {
                for (column, cell) in row.enumerated() {
                    let label = column < labels.count && !labels[column].isEmpty ? labels[column] + ": " : ""
                    add(to: &track, label + SpokenInlines.text(cell.inlines), pause: .item)
                }
                track.endParagraph()
            }
        case .titlePage(let page):
            if page.isDraft { add(to: &track, "\(Wording.draftBannerLabel) \(Wording.draftBanner)", pause: .paragraph) }
            add(to: &track, page.title, pause: .heading)
            if let subtitle = page.subtitle { add(to: &track, subtitle, pause: .paragraph) }
            if let name = page.profileName { add(to: &track, name, pause: .paragraph) }
            if let cover = page.cover { say(cover, into: &track) }
            if let date = page.date { add(to: &track, date.spelledOut, pause: .paragraph) }
            for line in page.detailsBeforeLogo { add(to: &track, line, pause: .paragraph) }
            if let logo = page.logo { say(logo, into: &track) }
            for line in page.detailsAfterLogo { add(to: &track, line, pause: .paragraph) }
        case .contents(let contents):
            add(to: &track, contents.title, pause: .heading)
            for entry in contents.entries { add(to: &track, entry.title, pause: .item) }
            track.endParagraph()
        case .glossary(let glossary):
            add(to: &track, glossary.title, pause: .heading)
            for entry in glossary.entries { add(to: &track, "\(entry.term): \(entry.explanation)", pause: .paragraph) }
        case .contactCard(let card):
            add(to: &track, card.title, pause: .heading)
            for field in card.contact.labelledFields {
                add(to: &track, "\(field.label): \(field.value)", pause: .writeDown, pace: .slow)
            }
        }
    }

    private func say(_ picture: Picture, into track: inout Track) {
        guard includePictures, !picture.isDecorative || picture.isSlot else { return }
        let words = picture.isSlot ? Wording.slot(picture.description) : Wording.picture(picture.description)
        add(to: &track, words, pause: .item)
    }

    /// Lists are heard as lists: how many things, each thing (numbered when the list is), the end.
    private func say(_ list: ListBlock, into track: inout Track) {
        if list.items.count > 1 { add(to: &track, Wording.Listening.listOf(list.items.count), pause: .item) }
        for (offset, item) in list.items.enumerated() {
            let number = list.isNumbered ? Wording.Listening.numberedItem(list.start + offset) + " " : ""
            var first = true
            for child in item.blocks {
                if first, case .paragraph(let paragraph) = child {
                    add(to: &track, number + SpokenInlines.text(paragraph.inlines), pause: .item)
                } else {
                    if first, !number.isEmpty { add(to: &track, number, pause: .item) }
                    say(child, into: &track)
                }
                first = false
            }
        }
        if list.items.count > 1 { add(to: &track, Wording.Listening.endOfList, pause: .paragraph) }
        track.endParagraph()
    }
}

extension NarrationBuilder {
    /// Adds words as they will be heard; nothing is added for words that say nothing.
    func add(to track: inout Track, _ written: String, pause: Utterance.Pause, pace: Utterance.Pace = .normal) {
        let heard = preparesWords ? ListeningText.prepare(written) : written
        let words = heard.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard words.contains(where: { $0.isLetter || $0.isNumber }) else { return }
        track.utterances.append(Utterance(words, pause: pause, pace: pace))
    }
}

extension Track {
    /// The last thing said ends a paragraph: at least a paragraph's pause after it.
    mutating func endParagraph() {
        guard let last = utterances.indices.last, utterances[last].pause.rawValue < Utterance.Pause.paragraph.rawValue
        else { return }
        utterances[last].pause = .paragraph
    }
}

/// Inline content as it is read aloud: a link's address follows its words when it is something a
/// listener can use (a phone number, an email or web address) and the words do not already say it.
enum SpokenInlines {
    static func text(_ inlines: [Inline]) -> String {
        var text = ""
        for inline in inlines {
            switch inline {
            case .text(let node): text += node.string
            case .strong(let node): text += Self.text(node.children)
            case .emphasis(let node): text += Self.text(node.children)
            case .lineBreak: text += " "
            case .link(let node): text += link(node)
            }
        }
        return text
    }

    private static func link(_ link: Link) -> String {
        let words = text(link.children)
        guard let address = link.readableAddress, !words.contains(address) else { return words }
        return "\(words) (\(address))"
    }
}
