/// Why drawing could not go on. One error type for the target, naming the step that failed.
public enum GraphicsError: Error, Hashable, Sendable, CustomStringConvertible {
    case fontsMissing(directory: String, families: [String])
    case fontConfiguration(String)
    case cairo(step: String, status: String)
    case image(path: String, reason: String)

    public var description: String {
        switch self {
        case .fontsMissing(let directory, let families):
            "the fonts \(families.joined(separator: ", ")) were not found in \(directory)"
        case .fontConfiguration(let reason): "could not set up fonts: \(reason)"
        case .cairo(let step, let status): "Cairo failed while \(step): \(status)"
        case .image(let path, let reason): "could not read the picture \(path): \(reason)"
        }
    }
}
