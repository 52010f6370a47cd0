import PlainlyModel

/// Text pasted from Word, e-mail or a web page brings non-breaking spaces and double spaces with it.
/// Kept, a non-breaking space glues two words into one unbreakable "word" (ragged lines, a word pushed
/// alone onto the next line) and a double space shows as a gap in large print. Each becomes one
/// ordinary space as the text is read; typographic quotes and dashes are left exactly as written.
///
/// One note per file, at the first place tidied, says how many were changed, so a writer who meant a
/// non-breaking space can see that it went.
struct PastedSpaces {
    private(set) var nonBreaking = 0
    private(set) var repeated = 0
    private(set) var firstLocation: SourceLocation?

    /// `afterSpace`: the text this one is joined to ends with a space, so a leading space repeats it.
    mutating func tidy(_ string: String, afterSpace: Bool, at location: SourceLocation) -> String {
        guard Self.mayNeedTidying(string, afterSpace: afterSpace) else { return string }
        var result = String.UnicodeScalarView()
        var lastWasSpace = afterSpace
        var changed = false
        for scalar in string.unicodeScalars {
            let isNonBreaking = Self.nonBreakingSpaces.contains(scalar.value)
            guard isNonBreaking || scalar == " " || scalar == "\t" else {
                result.append(scalar)
                lastWasSpace = false
                continue
            }
            if isNonBreaking { nonBreaking += 1; changed = true }
            if lastWasSpace {
                if !isNonBreaking { repeated += 1 }
                changed = true
                continue
            }
            result.append(" ")
            lastWasSpace = true
        }
        if changed && firstLocation == nil { firstLocation = location }
        return String(result)
    }

    /// The one note for the file, or nil when nothing was tidied.
    var note: Diagnostic? {
        guard let firstLocation, nonBreaking + repeated > 0 else { return nil }
        var counts: [String] = []
        if nonBreaking > 0 { counts.append(Self.count(nonBreaking, "non-breaking space")) }
        if repeated > 0 { counts.append(Self.count(repeated, "repeated space")) }
        return Diagnostic(
            .note, "Pasted spacing tidied: \(counts.joined(separator: " and ")) made ordinary single spaces.",
            id: "pasted-spaces", at: firstLocation,
            why: "Non-breaking and double spaces, usually pasted from Word or e-mail, make lines break in odd "
                + "places and leave gaps in large print.",
            suggestion: "Nothing to do: the documents use ordinary spaces. Tidy the source too if you want it "
                + "to match.")
    }

    private static func count(_ n: Int, _ noun: String) -> String { n == 1 ? "1 \(noun)" : "\(n) \(noun)s" }

    /// No-break space, narrow no-break space and figure space: what Word, Outlook and web pages paste.
    private static let nonBreakingSpaces: Set<UInt32> = [0x00A0, 0x202F, 0x2007]

    /// Most text has none of these; it is passed on without being rebuilt.
    private static func mayNeedTidying(_ string: String, afterSpace: Bool) -> Bool {
        var previousWasSpace = afterSpace
        for byte in string.utf8 {
            // Every non-breaking space above starts with one of these UTF-8 lead bytes.
            if byte == 0x09 || byte == 0xC2 || byte == 0xE2 { return true }
            if byte == 0x20 && previousWasSpace { return true }
            previousWasSpace = byte == 0x20
        }
        return false
    }
}
