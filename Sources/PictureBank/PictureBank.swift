import Foundation

/// The pictures Plainly ships: a subset of the Mulberry Symbols (CC BY-SA 4.0, © Steve Lee), kept
/// in this target's `Resources/Mulberry` with their licence (made by `scripts/update-picture-bank`).
///
/// A source names one as `bank:` and the symbol's file name without `.svg`
/// (`![A doctor](bank:doctor_1a)`); the source reader resolves it here, once, so every format shows
/// the same picture and the credit line (`Wording.pictureCredit`).
public struct PictureBank: Sendable {
    /// Every symbol, by name.
    public let symbols: [String: Symbol]
    /// Names in a fixed order, for anything that lists or searches them.
    public let names: [String]
    /// The folder the SVG files are in; nil for a bank made in memory by a test.
    let folder: URL?

    public init(symbols: [Symbol], folder: URL? = nil) {
        var byName: [String: Symbol] = [:]
        for symbol in symbols { byName[symbol.name] = symbol }
        self.symbols = byName
        names = byName.keys.sorted()
        self.folder = folder
    }

    /// The bank shipped in this target's resources, read once.
    public static let shipped: PictureBank = {
        guard let list = Bundle.module.url(forResource: "symbol-info-en", withExtension: "csv", subdirectory: "Resources/Mulberry"),
            let text = try? String(contentsOf: list, encoding: .utf8)
        else {
            fatalError("PictureBank: the Mulberry symbol list is missing from the resource bundle")
        }
        return PictureBank(symbols: parse(symbolInfo: text), folder: list.deletingLastPathComponent())
    }()

    /// The rows of `symbol-info-en.csv` (symbol-id, symbol, grammar, category-id, category, rated, tags).
    static func parse(symbolInfo text: String) -> [Symbol] {
        let rows = CSVRows.parse(text)
        guard let header = rows.first, let name = header.firstIndex(of: "symbol"),
            let category = header.firstIndex(of: "category"), let tags = header.firstIndex(of: "tags")
        else { return [] }
        return rows.dropFirst().compactMap { row in
            guard row.count > max(name, category, tags), !row[name].isEmpty else { return nil }
            let categoryWords = Symbol.words(ofName: row[category])
            let tagWords = row[tags].lowercased().split(separator: " ").map(String.init)
            return Symbol(name: row[name], category: row[category], tags: Array(Set(tagWords + categoryWords)).sorted())
        }
    }

    public func contains(_ name: String) -> Bool { symbols[name] != nil }

    /// The symbol's SVG file, or nil when there is no such symbol.
    public func file(named name: String) -> URL? {
        guard contains(name), let folder else { return nil }
        return folder.appendingPathComponent(name + ".svg")
    }

    /// How many names `closeNames` offers: enough to spot the one meant, few enough to read.
    public static let closeNameCount = 3

    /// Names close to one that is not in the bank, closest first: names that start with it
    /// (`doctor` → `doctor_1a`), then those a few letters away (`docter_1a`).
    public func closeNames(to written: String) -> [String] {
        let wanted = written.lowercased()
        let wantedWords = Set(Symbol.words(ofName: written))
        var ranked: [(name: String, rank: Int)] = []
        for name in names {
            let lower = name.lowercased()
            if lower.hasPrefix(wanted) {
                ranked.append((name, lower.count - wanted.count))
            } else if let symbol = symbols[name], !wantedWords.isEmpty, Set(symbol.nameWords) == wantedWords {
                ranked.append((name, 10))
            } else {
                // Against the whole name and the name without which drawing it is (`doctor`).
                let family = symbols[name]?.nameWords.joined(separator: "_") ?? lower
                let distance = min(
                    EditDistance.between(wanted, lower, atMost: Self.closeDistance),
                    EditDistance.between(wanted, family, atMost: Self.closeDistance))
                if distance <= Self.closeDistance { ranked.append((name, 20 + distance)) }
            }
        }
        var seen = Set<String>()
        return ranked.sorted { $0.rank != $1.rank ? $0.rank < $1.rank : $0.name < $1.name }
            .filter { seen.insert(symbols[$0.name]?.family ?? $0.name).inserted }
            .prefix(Self.closeNameCount).map(\.name)
    }

    /// Letters changed, added or left out for a name to count as a slip of the keyboard.
    static let closeDistance = 3
}
