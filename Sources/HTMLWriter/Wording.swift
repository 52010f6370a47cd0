import PlainlyModel

/// The words the page adds around the author's text, kept in one place so they read the same
/// everywhere and can be translated together. Plain, short and in the second person where it helps.
enum Wording {
    static let skipLink = "Skip to the main text"
    static let pictureToAdd = "Picture to add"
    /// The same words as the text writer's, so every format says it the same way.
    static let draftBannerLabel = "Draft – not yet agreed."
    static let draftBanner = "Some parts of this document are still being written."
    static let draftLabel = "Draft:"
    static let draftNote = "the group has not agreed these words yet."
    static let tableName = "Table"
    /// Said when a document has no title at all, so the page and its tab still have a name.
    static let untitled = "Untitled document"

    static func slot(_ description: String) -> String {
        description.isEmpty ? pictureToAdd : "\(pictureToAdd): \(description)"
    }

    static func madeBy(_ names: [String]) -> String {
        names.count == 1 ? "Made by \(names[0])" : "Made together by \(list(names))"
    }

    /// "Sam", "Sam and Ali", "Sam, Ali and Jo": the model's one way of naming people.
    static func list(_ names: [String]) -> String { DocumentAssembly.names(names) }
}
