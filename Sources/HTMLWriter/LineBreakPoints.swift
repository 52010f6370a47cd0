/// Where a line may end inside what a reader sees as one word. Easy read never splits a word over
/// two lines, and a browser would: after the hyphen of "co-production", and anywhere in an e-mail
/// address or web address too long for a phone's line. So a hyphenated word is kept whole, and an
/// address is cut into pieces that end after `/`, `.`, `@` or `-`, between which a line may end
/// (the page writes `<wbr>` there and lets no other break happen).
enum LineBreakPoints {
    enum Piece: Equatable {
        /// Ordinary text, whose spaces are where lines end.
        case text(Substring)
        /// Letters joined by hyphens: never broken.
        case hyphenated(Substring)
        /// An address, in pieces between which a line may end.
        case address([Substring])
    }

    static func pieces(of string: String) -> [Piece] {
        // An address holds "@", "://" or "www."; a hyphenated word, "-". Text with none of those
        // bytes (most headings, many sentences) is ordinary through and through, and walking it a
        // character at a time was most of the web page's time for a long document.
        guard string.utf8.contains(where: { $0 == 0x40 || $0 == 0x3A || $0 == 0x2E || $0 == 0x2D }) else {
            return string.isEmpty ? [] : [.text(string[...])]
        }
        var pieces: [Piece] = []
        var plainStart = string.startIndex
        var index = string.startIndex
        while index < string.endIndex {
            guard !string[index].isWhitespace else {
                index = string.index(after: index)
                continue
            }
            var end = index
            while end < string.endIndex, !string[end].isWhitespace { end = string.index(after: end) }
            var coreEnd = end
            while coreEnd > index, ".,;:!?)\"'’”".contains(string[string.index(before: coreEnd)]) {
                coreEnd = string.index(before: coreEnd)
            }
            if let piece = special(string[index..<coreEnd]) {
                if plainStart < index { pieces.append(.text(string[plainStart..<index])) }
                pieces.append(piece)
                // Punctuation after it stays ordinary text: no line may end before it anyway.
                plainStart = coreEnd
            }
            index = end
        }
        if plainStart < string.endIndex { pieces.append(.text(string[plainStart...])) }
        return pieces
    }

    /// A token (without the punctuation that may follow it in a sentence) that is an address or a
    /// hyphenated word.
    private static func special(_ core: Substring) -> Piece? {
        guard !core.isEmpty else { return nil }
        if isAddress(core) { return .address(split(core)) }
        if isHyphenated(core) { return .hyphenated(core) }
        return nil
    }

    static func isAddress(_ token: Substring) -> Bool {
        // Each test looks at the bytes first: Foundation's substring search and a lower-cased copy
        // cost far more than the word itself.
        let bytes = token.utf8
        if bytes.contains(0x40), token.contains("@") { return true }
        if bytes.contains(0x3A), token.contains("://") { return true }
        guard let first = bytes.first, first | 0x20 == 0x77, bytes.count >= 4 else { return false }
        return token.lowercased().hasPrefix("www.")
    }

    /// Letters (or digits) on both sides of every hyphen: "co-production", "one-to-one", "24-hour".
    static func isHyphenated(_ token: Substring) -> Bool {
        guard token.contains("-"), token.first?.isLetter == true || token.first?.isNumber == true,
              token.last?.isLetter == true || token.last?.isNumber == true else { return false }
        return token.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "'" || $0 == "’" }
    }

    /// Pieces that each end just after a break point (the last piece ends the address).
    static func split(_ address: Substring) -> [Substring] {
        var parts: [Substring] = []
        var start = address.startIndex
        var index = address.startIndex
        while index < address.endIndex {
            let next = address.index(after: index)
            if "/.@-".contains(address[index]), next < address.endIndex {
                parts.append(address[start..<next])
                start = next
            }
            index = next
        }
        parts.append(address[start...])
        return parts
    }
}

extension HTMLBuilder {
    /// Text whose words a narrow screen must not split: a hyphenated word is kept on one line, and
    /// an address may end a line only after a `/`, `.`, `@` or `-`.
    mutating func words(_ string: String) {
        for piece in LineBreakPoints.pieces(of: string) {
            switch piece {
            case .text(let text): self.text(String(text))
            case .hyphenated(let word): element(.span, [.classes("whole")], text: String(word))
            case .address(let parts): address(parts)
            }
        }
    }

    /// An address whose lines may end only after its `/`, `.`, `@` and `-`.
    mutating func address(_ whole: String) {
        address(LineBreakPoints.split(Substring(whole)))
    }

    mutating func address(_ parts: [Substring]) {
        for (index, part) in parts.enumerated() {
            if index > 0 { void(.wbr) }
            text(String(part))
        }
    }
}
