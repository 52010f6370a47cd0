import Foundation

/// Notices when any watched file is saved, created or removed, by comparing modification times and
/// sizes a few times a second.
///
/// Polling a handful of local files costs next to nothing and, unlike inotify, also sees editors
/// that save by writing a new file and renaming it over the old one.
struct FileChangeWatcher: Sendable {
    struct Stamp: Equatable, Sendable {
        var modified: Date
        var size: Int
    }

    static let interval: Duration = .milliseconds(50)

    static func stamps(_ files: [URL]) -> [URL: Stamp?] {
        var result: [URL: Stamp?] = [:]
        for file in files {
            let attributes = try? FileManager.default.attributesOfItem(atPath: file.path)
            if let modified = attributes?[.modificationDate] as? Date, let size = attributes?[.size] as? Int {
                result[file] = Stamp(modified: modified, size: size)
            } else {
                result[file] = .some(nil)
            }
        }
        return result
    }

    /// Rebuilds the site whenever a watched file changes, until the task is cancelled.
    static func run(site: PreviewSite) async {
        var known = stamps(await site.snapshot.watchedFiles)
        while !Task.isCancelled {
            try? await Task.sleep(for: interval)
            let watched = await site.snapshot.watchedFiles
            let now = stamps(watched)
            if now != known {
                await site.rebuild()
                // The stamps from before the rebuild: a save during it is seen on the next look.
                // When the rebuild changes what is watched, the next look rebuilds once more.
                known = now
            }
        }
    }
}
