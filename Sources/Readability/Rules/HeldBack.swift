/// Items held back, in the order they came, until what they need is ready: a rule that must see
/// units in order, and needs something still loading, lets the check go on and catches up later.
/// At most `most` are held; past that, everything is handed on and the caller waits for what it needs.
struct HeldBack<Item> {
    let most: Int
    private(set) var items: [Item] = []

    init(most: Int) {
        self.most = most
    }

    /// The items to handle now, oldest first: none while `ready` is false and there is room to hold
    /// `item`; otherwise every held item and then `item`.
    mutating func take(_ item: Item, ready: Bool) -> [Item] {
        if !ready && items.count < most {
            items.append(item)
            return []
        }
        var now = drain()
        now.append(item)
        return now
    }

    /// Every held item, oldest first, holding none after.
    mutating func drain() -> [Item] {
        var taken: [Item] = []
        swap(&taken, &items)
        return taken
    }
}

extension HeldBack: Sendable where Item: Sendable {}
