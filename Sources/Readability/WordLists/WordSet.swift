/// Words stored by their `WordHash`, for the rules' lists: a lookup is a multiply-free probe of one
/// flat array, where `Set<String>` would hash a string and `Set<UInt64>` would rehash the hash.
/// Two different words with the same 64-bit hash would be taken for each other; with lists of a few
/// hundred words and texts of a few hundred thousand distinct words, the chance is below one in 10⁹.
public struct WordSet: Sendable {
    private var table = WordTable<Void>()

    public init() {}

    public init(_ words: some Sequence<String>) {
        for word in words { insert(hash: WordHash.of(word)) }
    }

    public init(hashes: some Sequence<UInt64>) {
        for hash in hashes { insert(hash: hash) }
    }

    public var count: Int { table.count }

    @inline(__always)
    public func contains(hash: UInt64) -> Bool { table[hash] != nil }

    public func contains(_ word: String) -> Bool { contains(hash: WordHash.of(word)) }

    /// True when the word was not there before.
    @discardableResult
    public mutating func insert(hash: UInt64) -> Bool {
        if contains(hash: hash) { return false }
        table.set((), for: hash)
        return true
    }
}

/// A map from `WordHash` values to anything, by open addressing in flat arrays. Entries are only ever
/// added or changed, never removed: rules remember what they have seen. Sendable when its values are.
public struct WordTable<Value> {
    private var keys: [UInt64]
    private var values: [Value?]
    public private(set) var count = 0

    public init() {
        keys = Array(repeating: 0, count: 16)
        values = Array(repeating: nil, count: 16)
    }

    @inline(__always)
    private func slot(for hash: UInt64) -> Int {
        // FNV's low bits are weaker than its high ones: fold them together.
        Int(truncatingIfNeeded: hash ^ (hash >> 29)) & (keys.count - 1)
    }

    /// The slot holding `hash`, or the empty slot where it would go.
    @inline(__always)
    private func find(_ hash: UInt64) -> Int {
        var slot = slot(for: hash)
        while values[slot] != nil && keys[slot] != hash { slot = (slot + 1) & (keys.count - 1) }
        return slot
    }

    public subscript(hash: UInt64) -> Value? { values[find(hash)] }

    public mutating func set(_ value: Value, for hash: UInt64) {
        let slot = find(hash)
        if values[slot] == nil {
            keys[slot] = hash
            count += 1
        }
        values[slot] = value
        if count * 2 > keys.count { grow() }
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = Array(repeating: 0, count: keys.count * 2)
        values = Array(repeating: nil, count: keys.count)
        count = 0
        for slot in oldKeys.indices { if let value = oldValues[slot] { set(value, for: oldKeys[slot]) } }
    }
}

extension WordTable: Sendable where Value: Sendable {}
