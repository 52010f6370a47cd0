/// A symbol offered for a picture slot, with why.
public struct SymbolSuggestion: Hashable, Sendable, Codable {
    /// The symbol's file name without `.svg`: what to write after `bank:`.
    public var symbol: String
    /// Why it was chosen, in words a writer can check ("the description says 'GP': concept 'gp'").
    public var reason: String
    /// How strongly the words point at it; only the order matters.
    public var score: Double

    public init(symbol: String, reason: String, score: Double) {
        self.symbol = symbol
        self.reason = reason
        self.score = score
    }
}
