import Foundation

/// How many processors the checker and its reports may use, asked once: on Linux, Foundation reads the
/// cgroup's files each time it is asked (four or five opens and reads), and a long report asked for
/// each of its hundreds of windows.
enum Processors {
    static let count = max(ProcessInfo.processInfo.activeProcessorCount, 1)
}
