/// Every limit the source reader enforces, in one place. Each is far above what any real document
/// needs, and each gives a clear message with file and line instead of a crash, a hang or memory
/// that grows without end.
public enum SourceLimits {
    /// 16 MB for one `.md` part or `guide.yaml`. A long easy-read guide is under 100 KB; 16 MB is
    /// about two and a half million words, some ten thousand pages.
    public static let maximumSourceFileBytes = 16 * 1024 * 1024
    /// 64 MB for all the text files of one guide together: four times the largest single file,
    /// still read and parsed in a few seconds.
    public static let maximumSourceBytesInTotal = 64 * 1024 * 1024
    /// 1,000 parts in one `guide.yaml`. The largest guides and newsletters have a few dozen.
    public static let maximumParts = 1_000

    /// 32 MB for one picture file: a 40-megapixel photo saved as a good JPEG is about 20 MB.
    public static let maximumPictureFileBytes = 32 * 1024 * 1024
    /// 256 MB for all the pictures of one document together; they are held in memory while it is
    /// built. A guide with a picture beside every point has a few hundred small pictures.
    public static let maximumPictureBytesInTotal = 256 * 1024 * 1024
    /// 40 megapixels for a PNG, JPEG, GIF or WebP, read from its header before anything decodes it.
    /// Decoded at 4 bytes a pixel that is 160 MB; every camera's usual setting (12–24 megapixels)
    /// passes, and a picture on an easy-read page never needs more than a few megapixels.
    public static let maximumPicturePixels = 40_000_000
    /// 16,384 pixels on either side (for SVG, its width and height in CSS pixels): an A3 page at
    /// 300 dpi is 4,961 pixels tall, and Cairo refuses surfaces above 32,767.
    public static let maximumPictureSide = 16_384

    /// 256 levels of elements inside each other in an SVG (libxml2's own default): drawings
    /// exported from Inkscape or Illustrator nest groups a dozen deep; librsvg walks the tree
    /// recursively when it draws.
    public static let maximumSVGNesting = 256

    /// 32 levels of block nesting in Markdown: block quotes and lists inside each other. Real
    /// documents use three or four; easy read asks for none. Deeper trees would overflow the stack
    /// of every stage that walks them.
    public static let maximumBlockNesting = 32
    /// 32 levels of inline nesting: emphasis, strong, links and strikethrough inside each other.
    /// Real text uses two or three.
    public static let maximumInlineNesting = 32

    /// 64 levels of nesting in YAML metadata (lists and sets of keys inside each other). Plainly's
    /// deepest field (a contact's address inside `contact:`, or an event in `events:`) is 3 deep.
    public static let maximumYAMLNesting = 64
    /// 100,000 values (texts, lists and sets of keys) in one file's YAML. A guide with a thousand
    /// parts and a glossary of a thousand words has about 5,000; without a cap, 16 MB of `[a,a,a,…]`
    /// would become millions of values and gigabytes of memory.
    public static let maximumYAMLValues = 100_000

    /// A size for a message, in whole megabytes rounded up, so that 16 MB and a byte says "17 MB".
    public static func megabytes(_ bytes: Int) -> String {
        "\((bytes + 1_048_575) / 1_048_576) MB"
    }
}
