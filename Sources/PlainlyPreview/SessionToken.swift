/// The per-session secret the group screen's forms carry. A page from anywhere else cannot read it
/// (the browser keeps other sites out of this one's pages, and `LoopbackHostGuard` keeps out other
/// names for this address), so a forged request cannot supply it.
enum SessionToken {
    static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in
            let value = generator.next() as UInt64
            let hex = String(value, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
    }

    /// Compares without stopping at the first difference, so timing tells nothing about the token.
    static func matches(_ given: String, _ expected: String) -> Bool {
        let a = Array(given.utf8), b = Array(expected.utf8)
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}
