/// How a plain text uses its line breaks, decided once for the whole text from its first lines, and
/// shared by everything that reads a `.txt` (`PlainTextReader` and `StreamedTextParts`, so `plainly
/// check` and `plainly import` alike):
///
/// - **Hard-wrapped**, as a mail program sends an email: most long lines stop at about the same width
///   in the middle of a sentence. A line break is then only a place the text was wrapped: a paragraph
///   runs on until a blank line, or until a break the wrapping could not have made (the next word
///   would have fitted) after a sentence or a heading.
/// - **Line by line**, as text copied from a web page comes: every line break ends a paragraph.
///
/// Why once, from the start: the width a mail program wraps at belongs to the whole text, and a
/// paragraph of two lines shows it no better than one line does, so deciding block by block would
/// split short wrapped paragraphs. Only the first lines are looked at (`InputLimits.wrapEvidenceBytes`
/// and `wrapEvidenceLines`), so a streamed file is decided on after a bounded read, in one pass.
public struct PlainTextShape: Sendable, Equatable {
    public var isHardWrapped: Bool
    /// The longest line looked at that a mail program could have wrapped, in characters: the width a
    /// hard-wrapped text was wrapped at.
    public var width: Int

    /// Every line break ends a paragraph.
    public static let lineByLine = PlainTextShape(isHardWrapped: false, width: 0)

    /// Mail programs wrap at 72 to 78 columns, some at 60 or 80: a line this long that stops in the
    /// middle of a sentence was wrapped. Shorter lines say nothing (any text's last lines are short).
    static let wrappedWidths = 50...80
    /// Lines longer than this (100 characters) were not wrapped. A wrapped text may have a few (a web
    /// address, a table's row), at most one in `overlongShare` of its long lines; more, and it was not.
    static let longestWrappedLine = 100
    static let overlongShare = 10

    public init(isHardWrapped: Bool, width: Int) {
        self.isHardWrapped = isHardWrapped
        self.width = width
    }

    /// The shape of the text that starts with `bytes`: `bytes` is the whole text (`isWholeText`) or
    /// holds at least `InputLimits.wrapEvidenceBytes` of it. Only whole lines inside that window count,
    /// so the same text gives the same shape however it is read.
    public init(startOf bytes: UnsafeBufferPointer<UInt8>, isWholeText: Bool) {
        let window = min(bytes.count, InputLimits.wrapEvidenceBytes)
        // A line counts only if it ends inside the window: one cut by it would be measured short. The
        // text's last line ends without a newline only when the whole text is shorter than the window
        // (a text of exactly the window's size is treated as if it went on, as a stream must treat it).
        let lastLineCounts = isWholeText && bytes.count < InputLimits.wrapEvidenceBytes
        var long = 0
        var wrapped = 0
        var overlong = 0
        var widest = 0
        var lines = 0
        var start = 0
        while start < window && lines < InputLimits.wrapEvidenceLines {
            var end = start
            while end < window && bytes[end] != 10 { end += 1 }
            if end == window && !lastLineCounts { break }
            var last = end
            if last > start && bytes[last - 1] == 13 { last -= 1 }  // CRLF
            let line = PlainTextLine(bytes: bytes, text: start..<last)
            let width = line.width
            if width > 0 {
                lines += 1
                if width >= Self.wrappedWidths.lowerBound {
                    long += 1
                    if Self.wrappedWidths.contains(width) {
                        // The width it was wrapped at: the widest line a mail program could have made.
                        widest = max(widest, width)
                        if !line.endsSentence { wrapped += 1 }
                    }
                    if width > Self.longestWrappedLine { overlong += 1 }
                }
            }
            start = end + 1
        }
        // Two long lines at least, most of them stopping mid-sentence, and few far too long.
        let isHardWrapped = long >= 2 && wrapped * 2 >= long && overlong * Self.overlongShare <= long
        self.init(isHardWrapped: isHardWrapped, width: isHardWrapped ? widest : 0)
    }

    /// The shape of `text`, read whole.
    public init(of text: String) {
        var text = text
        self = text.withUTF8 { PlainTextShape(startOf: $0, isWholeText: true) }
    }

    /// Whether a line break between a line `lineWidth` characters wide (indentation included) and a
    /// next line starting with a word `nextWordWidth` wide is one a writer made, not the wrapping:
    /// the word would have fitted on the line.
    func isDeliberateBreak(lineWidth: Int, nextWordWidth: Int) -> Bool {
        lineWidth + 1 + nextWordWidth <= width
    }
}
