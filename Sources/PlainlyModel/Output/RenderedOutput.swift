import Foundation

/// What a writer produces: files, with paths relative to that format's output folder, plus the
/// findings it made while rendering (a missing picture, a word too wide for the line).
///
/// Writers never touch the file system for output; the pipeline writes these atomically, so a failed
/// build leaves nothing half-written behind.
public struct RenderedOutput: Sendable {
    public struct File: Sendable, Hashable {
        /// Relative, with `/` separators, never `..`: `index.html`, `assets/fonts/Regular.ttf`.
        public var path: String
        public var contents: Data

        public init(path: String, contents: Data) {
            self.path = path
            self.contents = contents
        }
    }

    public var files: [File]
    public var diagnostics: [Diagnostic]

    public init(files: [File], diagnostics: [Diagnostic] = []) {
        self.files = files
        self.diagnostics = diagnostics
    }
}
