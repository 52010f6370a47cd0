/// Every picture slot in some content: the pictures a group still has to choose.
public struct PictureSlots: ContentWalker {
    public private(set) var slots: [Picture] = []

    public init() {}

    public static func find(in part: Part) -> [Picture] {
        var walker = PictureSlots()
        walker.visitPart(part)
        return walker.slots
    }

    public static func find(in document: Document) -> [Picture] {
        var walker = PictureSlots()
        walker.visitDocument(document)
        return walker.slots
    }

    public mutating func visitPicture(_ picture: Picture) {
        if picture.isSlot { slots.append(picture) }
    }
}
