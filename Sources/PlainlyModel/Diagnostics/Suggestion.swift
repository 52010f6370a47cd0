/// "Did you mean …?": the known word closest to a mistyped one, when it is close enough to be the
/// likely intent (a slip of one or two letters, or a known word cut short).
public enum Suggestion {
    public static func closest(to typed: String, among known: [String]) -> String? {
        let word = typed.lowercased()
        guard !word.isEmpty else { return nil }
        var best: (name: String, distance: Int)?
        for name in known {
            let candidate = name.lowercased()
            // `review` for `review-date`: a known word that starts with what was typed.
            let distance = candidate.hasPrefix(word) && word.count >= 3 ? 1 : editDistance(word, candidate)
            if distance < (best?.distance ?? Int.max) { best = (name, distance) }
        }
        guard let best else { return nil }
        // Two slips in a long word, one in a short one; more than that is a different word.
        let allowed = word.count <= 4 ? 1 : 2
        return best.distance <= allowed ? best.name : nil
    }

    /// Levenshtein distance, with a swap of two neighbouring letters counted as one slip.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], before[j - 2] + 1)
                }
            }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count]
    }
}
