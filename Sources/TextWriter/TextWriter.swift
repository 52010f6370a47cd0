import Foundation
import PlainlyModel

/// Writes a document as plain UTF-8 text: for the body of an email, a text message or a screen
/// reader. Lines are wrapped at `width` columns without ever breaking a word or a URL.
///
/// Tables become labelled lines ("You said: … / We did: …") rather than ASCII grids, which screen
/// readers and narrow phone screens both read badly.
public struct TextWriter: DocumentWriter {
    public struct Options: Sendable, Equatable {
        /// Columns a line may take; 72 suits email.
        public var width: Int
        /// When false, pictures and picture slots are left out altogether.
        public var includePictures: Bool

        public init(width: Int = 72, includePictures: Bool = true) {
            self.width = width
            self.includePictures = includePictures
        }

        /// Narrower than this and a heading underline or a label would not fit.
        public static let minimumWidth = BuildPlan.minimumTextWidth
    }

    public static let formatName = "txt"
    public static let summary = "plain text, for an email, a text message or a screen reader"
    public static let needsFonts = false

    public static func destination(sourceName: String, plan: BuildPlan) -> OutputDestination {
        .file("\(sourceName).txt")
    }

    public static func possibleDestinations(sourceName: String) -> [OutputDestination] {
        [.file("\(sourceName).txt")]
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    public init(plan: BuildPlan) {
        self.init(options: .init(width: plan.textWidth, includePictures: plan.textIncludesPictures))
    }

    public func write(_ document: RealizedDocument) -> RenderedOutput {
        // A picture whose file cannot be used is a slot in every format, so the text says so too.
        let text = text(of: document, showsPicture: document.shows)
        return RenderedOutput(files: [.init(path: "document.txt", contents: Data(text.utf8))])
    }

    /// The text of a document as a reader loaded it, every picture taken as usable.
    public func render(_ document: Document) -> String {
        text(of: RealizedDocument(document, name: "document")) { !$0.isSlot }
    }

    func text(of realized: RealizedDocument, showsPicture: @escaping (Picture) -> Bool) -> String {
        let out = TextOutput(wrapper: LineWrapper(width: max(options.width, Options.minimumWidth)))
        let assembly = realized.assembly
        let document = realized.document
        var blocks = TextBlocks(out: out, options: options, showsPicture: showsPicture)
        for block in assembly.frontMatter() { blocks.render(block) }
        for part in document.parts {
            if let title = part.title { blocks.out.heading(title, level: Part.titleLevel) }
            if let byline = assembly.byline(for: part) { blocks.out.paragraph(byline) }
            if part.status == .draft { blocks.out.paragraph("\(Wording.draftPartLabel) \(Wording.draftPartNote)") }
            for block in assembly.blocks(of: part) { blocks.render(block) }
        }
        for block in assembly.backMatter { blocks.render(block) }
        return blocks.out.text
    }
}
