/// Finds the glossary's hard words in running text, so that each can link to its entry in the
/// "Hard words" list.
///
/// Matching ignores case and a plural ending ("assessments" finds "assessment"), treats any run of
/// spaces as one space and a curly apostrophe as a straight one, and only matches whole words. The
/// longest term wins where terms overlap ("care plan" before "care").
struct HardWordLinker: Sendable {
    /// A piece of text: either plain, or a hard word to link to `anchor`.
    enum Run: Equatable {
        case plain(Substring)
        case hardWord(Substring, anchor: String)
    }

    private struct Term: Sendable {
        var scalars: [Unicode.Scalar]
        var anchor: String
    }

    private let termsByFirstScalar: [Unicode.Scalar: [Term]]

    var isEmpty: Bool { termsByFirstScalar.isEmpty }

    init(terms: [(term: String, anchor: String)]) {
        var table: [Unicode.Scalar: [Term]] = [:]
        var seen: Set<[Unicode.Scalar]> = []
        for (term, anchor) in terms {
            var folded: [Unicode.Scalar] = []
            for scalar in term.unicodeScalars {
                let f = Self.fold(scalar)
                if f == " " && (folded.isEmpty || folded.last == " ") { continue }
                folded.append(f)
            }
            while folded.last == " " { folded.removeLast() }
            guard let first = folded.first, seen.insert(folded).inserted else { continue }
            table[first, default: []].append(Term(scalars: folded, anchor: anchor))
        }
        for key in table.keys { table[key]!.sort { $0.scalars.count > $1.scalars.count } }
        termsByFirstScalar = table
    }

    /// Splits `text` into runs, linking only terms whose anchor is not yet in `linked` (the first
    /// use in each part, so a page is not a sea of links); links made are added to `linked`.
    func runs(in text: String, linked: inout Set<String>) -> [Run] {
        guard !isEmpty else { return [.plain(text[...])] }
        let scalars = text.unicodeScalars
        var indices: [String.Index] = []
        var folded: [Unicode.Scalar] = []
        // UTF-8 length is a cheap upper bound on the scalar count (counting scalars walks the text).
        indices.reserveCapacity(text.utf8.count + 1)
        folded.reserveCapacity(text.utf8.count)
        var index = scalars.startIndex
        while index != scalars.endIndex {
            indices.append(index)
            folded.append(Self.fold(scalars[index]))
            index = scalars.index(after: index)
        }
        indices.append(scalars.endIndex)

        var runs: [Run] = []
        var plainStart = 0
        var i = 0
        let count = folded.count
        while i < count {
            let atWordStart = i == 0 || !Self.isWordScalar(folded[i - 1])
            guard atWordStart, let candidates = termsByFirstScalar[folded[i]],
                  let (term, end) = match(candidates, in: folded, at: i)
            else {
                i += 1
                continue
            }
            if !linked.contains(term.anchor) {
                linked.insert(term.anchor)
                if plainStart < i { runs.append(.plain(text[indices[plainStart]..<indices[i]])) }
                runs.append(.hardWord(text[indices[i]..<indices[end]], anchor: term.anchor))
                plainStart = end
            }
            i = end
        }
        if plainStart < count || runs.isEmpty { runs.append(.plain(text[indices[plainStart]..<indices[count]])) }
        return runs
    }

    /// The first (longest) term that matches at `start`, with the index just past it.
    private func match(_ candidates: [Term], in text: [Unicode.Scalar], at start: Int) -> (Term, Int)? {
        for term in candidates {
            var j = start
            var matched = true
            for scalar in term.scalars {
                if scalar == " " {
                    guard j < text.count, text[j] == " " else { matched = false; break }
                    while j < text.count && text[j] == " " { j += 1 }
                } else {
                    guard j < text.count, text[j] == scalar else { matched = false; break }
                    j += 1
                }
            }
            guard matched else { continue }
            if let end = wordEnd(text, at: j) { return (term, end) }
        }
        return nil
    }

    /// Where the word ends when the match stops at `j`: right there, or after a plural "s" or "es".
    private func wordEnd(_ text: [Unicode.Scalar], at j: Int) -> Int? {
        func boundary(_ k: Int) -> Bool { k >= text.count || !Self.isWordScalar(text[k]) }
        if boundary(j) { return j }
        if text[j] == "s", boundary(j + 1) { return j + 1 }
        if text[j] == "e", j + 1 < text.count, text[j + 1] == "s", boundary(j + 2) { return j + 2 }
        return nil
    }

    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        if value < 0x80 {
            if value >= 0x41 && value <= 0x5A { return Unicode.Scalar(value + 0x20)! }
            if value == 0x09 || value == 0x0A || value == 0x0D { return " " }
            return scalar
        }
        switch value {
        case 0x2019, 0x2018: return "'"
        case 0x00A0, 0x202F, 0x2007: return " "
        default: break
        }
        if scalar.properties.isWhitespace { return " " }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first! : scalar
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
