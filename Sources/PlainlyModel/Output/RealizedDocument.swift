/// A document ready to be written: the source's content with the build's profile applied, every
/// block Plainly adds (title page, contents, bylines, notes, hard words, contact card) assembled
/// once through `DocumentAssembly` and its wording catalogue, and the pictures the reader read.
///
/// The one value every `DocumentWriter` receives, so no format assembles or words anything itself.
public struct RealizedDocument: Sendable {
    /// What the writers read: the document, the generated blocks and their wording.
    public let assembly: DocumentAssembly
    /// The picture files the source names, read once by the source reader; writers open no file.
    public let pictures: SourcePictures
    /// The source's name, which single-file outputs are named after (`guide.pdf`).
    public let name: String

    public var document: Document { assembly.document }

    /// - Parameter profile: the profile the build was planned for, which replaces the one the
    ///   source names (they are the same unless `--profile` was given).
    public init(_ document: Document, pictures: SourcePictures = .init(), name: String, profile: Profile? = nil) {
        var document = document
        if let profile { document.metadata.profile = profile }
        if document.metadata.profile == .easyRead { document = SentenceLines.apply(to: document) }
        self.assembly = DocumentAssembly(document)
        self.pictures = pictures
        self.name = name
    }

    /// Whether `picture` is shown as a picture: it names a file (or bank symbol) the reader could
    /// use. Every other picture, a slot or a file that is missing or unusable, is shown as a slot
    /// saying what picture is wanted, in every format.
    public func shows(_ picture: Picture) -> Bool {
        guard let path = picture.path else { return false }
        if case .success = pictures[path] { return true }
        return false
    }
}
