import Foundation
import PictureBank
import PlainlyKit
import PlainlyModel
import PlainlySource

/// One change the group screen made, kept so that it can be undone.
struct SourceEditRecord: Sendable {
    var file: URL
    var before: Data
    var after: Data
    /// What the change was, for the undo button.
    var summary: String
}

/// What the group screen can do to the source. Each action changes one line of one of the source's
/// own files (never anything else), writes it atomically, rebuilds, and leaves a notice.
extension PreviewSite {
    /// How many changes undo can walk back through.
    static let undoDepth = 50

    func groupPage(bar: String) -> Data {
        guard let source = lastGoodSource else {
            return Data(PreviewChrome.errorPage(title: sourcePath, messages: [Wording.GroupScreen.cannotShow], generation: snapshot.generation).utf8)
        }
        let screen = GroupScreen(loaded: source, token: token, notice: groupNotice, undoSummary: edits.last?.summary)
        groupNotice = nil
        return Data(screen.render(bar: bar).utf8)
    }

    func choosePicture(file: String, line: Int, description: String, symbol: String) {
        guard PictureBank.shipped.contains(symbol) else {
            groupNotice = SourceEdit.Refusal.unknownSymbol(symbol).description
            return
        }
        change(file: file, summary: Wording.GroupScreen.chose(GroupScreen.displayName(of: symbol), description)) { text throws(SourceEdit.Refusal) in
            try SourceEdit.choosePicture(in: text, line: line, description: description, symbol: symbol)
        }
    }

    func agree(file: String, attendance: String?) {
        let title = lastGoodSource?.document.parts.first { $0.location.file == file }?.title ?? file
        let today = CalendarDate(iso: StarterPlaceholders.todayISO()) ?? CalendarDate(year: 2026, month: 1, day: 1)!
        change(file: file, summary: Wording.GroupScreen.agreedPart(title)) { text throws(SourceEdit.Refusal) in
            try SourceEdit.agree(in: text, on: today, by: attendance)
        }
    }

    func undoLastEdit() {
        guard let last = edits.last else {
            groupNotice = Wording.GroupScreen.nothingToUndo
            return
        }
        guard (try? Data(contentsOf: last.file)) == last.after else {
            groupNotice = Wording.GroupScreen.changedSinceUndo
            edits.removeAll()
            return
        }
        do {
            try SourceFileReplacer.replace(last.file, with: last.before)
            edits.removeLast()
            groupNotice = Wording.GroupScreen.undid(last.summary)
        } catch {
            groupNotice = error.description
        }
        rebuild()
    }

    /// Applies `edit` to one of the source's own Markdown files, named as the reader named it.
    private func change(file: String, summary: String, edit: (String) throws(SourceEdit.Refusal) -> String) {
        guard let source = lastGoodSource, let url = Self.ownFile(file, of: source) else {
            groupNotice = "'\(file)' is not one of this guide's files."
            return
        }
        do {
            let before = try Data(contentsOf: url)
            let text = String(decoding: before, as: UTF8.self)
            let after = Data(try edit(text).utf8)
            try SourceFileReplacer.replace(url, with: after)
            edits.append(SourceEditRecord(file: url, before: before, after: after, summary: summary))
            if edits.count > Self.undoDepth { edits.removeFirst() }
            groupNotice = summary
        } catch let refusal as SourceEdit.Refusal {
            groupNotice = refusal.description
        } catch let failure as SourceFileReplacer.Failure {
            groupNotice = failure.description
        } catch {
            groupNotice = "\(file): \(error.localizedDescription)"
        }
        rebuild()
    }

    /// Only a Markdown file the reader read for this source, inside its folder: never a path the
    /// request made up, and never the manifest or a picture.
    static func ownFile(_ file: String, of source: LoadedSource) -> URL? {
        guard file.hasSuffix(".md"), !file.hasPrefix("/"), !file.split(separator: "/").contains(".."),
              source.reading.files.contains(file) else { return nil }
        return source.baseDirectory.appendingPathComponent(file)
    }
}
