/// A hard word and what it means in plain words, for the "Hard words" list.
public struct GlossaryEntry: Hashable, Sendable {
    public var term: String
    public var explanation: String
    public var location: SourceLocation

    public init(term: String, explanation: String, location: SourceLocation = .generated) {
        self.term = term
        self.explanation = explanation
        self.location = location
    }
}
