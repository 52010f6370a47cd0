/// One line of plain text, as the `.txt` reader sees it (for `plainly check` and `plainly import`
/// alike): whether it starts a list item, could be a heading, underlines the line above, ends a
/// sentence, and how wide it is. Works on the file's UTF-8 bytes, so a long file is read in one pass.
struct PlainTextLine {
    let bytes: UnsafeBufferPointer<UInt8>
    /// The line without its indentation or line end (trailing spaces are kept, as the text has them).
    let text: Range<Int>

    /// At most this many words, and no closing punctuation, for a line to be a heading.
    static let headingWords = 10

    /// A list item's marker: "- ", "* ", "• ", "· ", "1. ", "12) ".
    struct ListMarker {
        /// Bytes of the marker and its space.
        var length: Int
        /// Characters of the marker and its space, for the column the item's text starts at.
        var columns: Int
        var isNumbered: Bool
    }

    var listMarker: ListMarker? {
        let first = text.lowerBound
        guard first < text.upperBound else { return nil }
        func at(_ index: Int) -> UInt8? { index < text.upperBound ? bytes[index] : nil }
        if (bytes[first] == 45 || bytes[first] == 42) && at(first + 1) == 32 { return ListMarker(length: 2, columns: 2, isNumbered: false) }
        // • (U+2022), as web pages and word processors paste their bullets.
        if bytes[first] == 0xE2 && at(first + 1) == 0x80 && at(first + 2) == 0xA2 && at(first + 3) == 32 {
            return ListMarker(length: 4, columns: 2, isNumbered: false)
        }
        // · (U+00B7), the bullet some mail programs turn • into.
        if bytes[first] == 0xC2 && at(first + 1) == 0xB7 && at(first + 2) == 32 { return ListMarker(length: 3, columns: 2, isNumbered: false) }
        var digits = first
        while let byte = at(digits), byte >= 48 && byte <= 57 { digits += 1 }
        let count = digits - first
        guard count > 0 && count <= 3, let mark = at(digits), mark == 46 || mark == 41, at(digits + 1) == 32 else { return nil }
        return ListMarker(length: count + 2, columns: count + 2, isNumbered: true)
    }

    /// A short line without closing punctuation: "What happens next".
    var isHeadingLike: Bool {
        guard let last = lastVisible else { return false }
        if [46, 33, 63, 58, 59, 44].contains(bytes[last]) { return false }  // . ! ? : ; ,
        var words = 0
        var inWord = false
        for index in text {
            let space = bytes[index] == 32 || bytes[index] == 9
            if !space && !inWord { words += 1 }
            inWord = !space
            if words > Self.headingWords { return false }
        }
        return true
    }

    /// `===` or `---` (spaces allowed) under a line makes it a heading: the byte repeated, or nil.
    var underline: UInt8? {
        guard text.count >= 3, bytes[text.lowerBound] == 61 || bytes[text.lowerBound] == 45 else { return nil }
        let byte = bytes[text.lowerBound]
        for index in text where bytes[index] != byte && bytes[index] != 32 { return nil }
        return byte
    }

    /// Ends with `.`, `!`, `?` or `:`, as the last line of a paragraph or an introduction does.
    var endsSentence: Bool {
        guard let last = lastVisible else { return false }
        return [46, 33, 63, 58].contains(bytes[last])
    }

    /// The last byte that is not a space or tab.
    var lastVisible: Int? {
        var index = text.upperBound - 1
        while index >= text.lowerBound && (bytes[index] == 32 || bytes[index] == 9) { index -= 1 }
        return index >= text.lowerBound ? index : nil
    }

    /// Characters in the line up to its last visible one, not counting its indentation.
    var width: Int {
        guard let last = lastVisible else { return 0 }
        return Self.characters(in: bytes, text.lowerBound..<(last + 1))
    }

    /// Characters in the first word.
    var firstWordWidth: Int {
        var end = text.lowerBound
        while end < text.upperBound && bytes[end] != 32 && bytes[end] != 9 { end += 1 }
        return Self.characters(in: bytes, text.lowerBound..<end)
    }

    /// Characters (Unicode scalars) in `range`: every byte that does not continue a UTF-8 sequence.
    static func characters(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var count = 0
        for index in range where bytes[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }
}
