import PlainlyModel

/// A YAML value in Plainly's own terms, with the position of every node, so that no Yams type
/// leaves `YAMLLoader` and every message about metadata can point at its line and column.
indirect enum YAMLValue: Equatable {
    case scalar(String, SourceLocation)
    case mapping([Entry], SourceLocation)
    case sequence([YAMLValue], SourceLocation)
    /// An empty value (`key:` with nothing after it, or `~`).
    case null(SourceLocation)

    struct Entry: Equatable {
        var key: String
        var keyLocation: SourceLocation
        var value: YAMLValue
    }

    var location: SourceLocation {
        switch self {
        case .scalar(_, let l), .mapping(_, let l), .sequence(_, let l), .null(let l): l
        }
    }

    /// What a person calls this kind of value, for messages ("a list", "some text").
    var kindName: String {
        switch self {
        case .scalar: "some text"
        case .mapping: "a set of keys"
        case .sequence: "a list"
        case .null: "nothing"
        }
    }
}
