import CHunspell
import Foundation

/// Hunspell with one dictionary, wrapped once: the handle never leaves this class, and every call
/// goes through one lock, since a Hunspell handle may not be used from two threads at once.
public final class SpellChecker: @unchecked Sendable {
    private let handle: OpaquePointer
    private let lock = NSLock()

    /// The longest word looked up, in bytes: Hunspell's own limit is about 100, and a longer "word"
    /// is an address or a code, not a misspelling.
    public static let longestWord = 64

    /// Reads `<name>.aff` and `<name>.dic` from `folder`; nil when either is missing. The
    /// dictionary must be UTF-8 (Debian's en_GB is).
    public init?(folder: URL, name: String) {
        let aff = folder.appendingPathComponent("\(name).aff").path
        let dic = folder.appendingPathComponent("\(name).dic").path
        guard FileManager.default.isReadableFile(atPath: aff), FileManager.default.isReadableFile(atPath: dic),
            let made = Hunspell_create(aff, dic)
        else { return nil }
        handle = made
        guard let encoding = Hunspell_get_dic_encoding(handle), String(cString: encoding) == "UTF-8" else {
            Hunspell_destroy(handle)
            return nil
        }
    }

    deinit { Hunspell_destroy(handle) }

    /// Whether the dictionary knows the word (in any case form it allows: "London", "london" no).
    public func knows(_ word: String) -> Bool {
        guard word.utf8.count <= Self.longestWord else { return true }
        return lock.withLock { Hunspell_spell(handle, word) != 0 }
    }

    /// British English, from the system's Hunspell dictionaries (Debian's `hunspell-en-gb`), or from
    /// the folder named by `PLAINLY_DICTIONARIES`; nil when neither has it.
    public static let britishEnglish: SpellChecker? = {
        defer { britishEnglishLoaded.set() }
        var folders = ["/usr/share/hunspell", "/usr/share/myspell/dicts", "/usr/local/share/hunspell"]
        if let given = ProcessInfo.processInfo.environment["PLAINLY_DICTIONARIES"] { folders.insert(given, at: 0) }
        for folder in folders {
            if let checker = SpellChecker(folder: URL(fileURLWithPath: folder), name: "en_GB") { return checker }
        }
        return nil
    }()

    /// Whether `britishEnglish` has been loaded, by any thread, without waiting for it: loading
    /// takes tens of milliseconds, and a check can go on meanwhile (see `Misspelling`).
    public static var britishEnglishIsLoaded: Bool { britishEnglishLoaded.isSet }
    private static let britishEnglishLoaded = Flag()
}

/// A flag one thread sets and others read.
private final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
