/// Every word the concept index and the symbols' names and tags use, so that a word of a
/// description is read as the form the bank knows ("appointments" → "appointment").
struct Vocabulary: Sendable {
    private let known: Set<String>

    init(_ words: some Sequence<String>) {
        known = Set(words)
    }

    /// The first of the word's forms (`WordForms.candidates`) the bank uses, or the word itself.
    func canonical(_ word: String) -> String {
        if known.contains(word) { return word }
        return WordForms.candidates(word).first(where: known.contains) ?? word
    }
}
