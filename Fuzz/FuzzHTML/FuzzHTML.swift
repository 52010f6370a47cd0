import DocumentReaders
import Foundation
import FuzzSupport

/// Fuzzes the `.html` reader: the input is a page's bytes, taken as `plainly check` takes them (UTF-8,
/// a byte-order mark dropped; anything else is refused before the reader sees it), then tokenised.
@main
enum FuzzHTML {
    static func main() { FuzzInput.main(run) }

    static func run(_ data: Data) {
        guard var text = String(data: data, encoding: .utf8) else { return }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let document = HTMLTextReader().read(text, file: "fuzz.html")
        Tokenising.check(document)
    }
}
