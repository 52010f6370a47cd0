import Foundation
import HTMLWriter
import PictureBank
import PlainlyKit
import PlainlySource
import PlainlyModel

/// The group's screen (`/group`): every part with its status and an "agree" button, and every
/// empty picture slot with the bank's suggestions as large buttons. Plain HTML forms and no script,
/// so it works with the keyboard alone and in any browser; every form carries the session's token.
struct GroupScreen {
    /// One part as the screen shows it: its own file, so that agreeing changes only that file.
    struct PartEntry {
        var title: String
        var file: String
        var isDraft: Bool
        var slots: [SlotSuggestions.Slot]
    }

    var title: String
    var parts: [PartEntry]
    var token: String
    /// What the last action did, said once at the top of the page.
    var notice: String?
    /// What undo would take back, if there is anything.
    var undoSummary: String?

    init(loaded: LoadedSource, token: String, notice: String?, undoSummary: String?) {
        title = loaded.document.metadata.title
        self.token = token
        self.notice = notice
        self.undoSummary = undoSummary
        parts = loaded.document.parts.enumerated().map { index, part in
            let single = Document(metadata: loaded.document.metadata, parts: [part])
            let slots = SlotSuggestions(for: single).pictureSlots
            return PartEntry(
                title: part.title ?? loaded.document.metadata.title, file: part.location.file,
                isDraft: part.status == .draft, slots: slots)
        }
    }

    var isFinished: Bool { parts.allSatisfy { !$0.isDraft && $0.slots.isEmpty } }

    func render(bar: String) -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTMLEscaping.text(Wording.GroupScreen.heading(title)))</title>
            <style>\(Self.style)</style></head>
            <body>
            \(bar)
            <main id="main">
            <h1>\(HTMLEscaping.text(Wording.GroupScreen.heading(title)))</h1>

            """
        if let notice { out += "<p class=\"notice\" role=\"status\">\(HTMLEscaping.text(notice))</p>\n" }
        out += "<p>\(HTMLEscaping.text(isFinished ? Wording.GroupScreen.nothingToDo : Wording.GroupScreen.introduction))</p>\n"
        if let undoSummary {
            out += form(action: "/group/undo", fields: [:]) {
                "<button type=\"submit\" class=\"undo\">\(HTMLEscaping.text(Wording.GroupScreen.undo(undoSummary)))</button>"
            }
        }
        for (index, part) in parts.enumerated() { out += section(part, number: index + 1) }
        out += "</main>\n</body></html>\n"
        return out
    }

    private func section(_ part: PartEntry, number: Int) -> String {
        var out = "<section aria-labelledby=\"part-\(number)\">\n"
        out += "<h2 id=\"part-\(number)\">\(HTMLEscaping.text(part.title))</h2>\n"
        let status = part.isDraft ? Wording.GroupScreen.draft : Wording.GroupScreen.agreed
        out += "<p class=\"status \(part.isDraft ? "draft" : "agreed")\">\(HTMLEscaping.text(status))</p>\n"
        for (slotIndex, slot) in part.slots.enumerated() {
            out += slotChoice(slot, id: "slot-\(number)-\(slotIndex + 1)")
        }
        if part.isDraft {
            out += form(action: "/group/agree", fields: ["file": part.file], id: "agree-\(number)") {
                """
                <label for="who-\(number)">\(HTMLEscaping.text(Wording.GroupScreen.whoIsHere))</label>
                <input id="who-\(number)" name="who" type="text" autocomplete="off" maxlength="\(SourceEdit.longestAttendance)">
                <button type="submit">\(HTMLEscaping.text(Wording.GroupScreen.agreeButton))</button>
                """
            }
        }
        return out + "</section>\n"
    }

    private func slotChoice(_ slot: SlotSuggestions.Slot, id: String) -> String {
        var out = "<div class=\"slot-choice\" id=\"\(id)\">\n"
        out += "<h3 id=\"\(id)-title\">\(HTMLEscaping.text(Wording.GroupScreen.pictureFor(slot.description)))</h3>\n"
        if let row = slot.rowText, !row.isEmpty {
            out += "<p class=\"row-words\">\(HTMLEscaping.text(Wording.GroupScreen.beside)) \(HTMLEscaping.text(row))</p>\n"
        }
        guard !slot.suggestions.isEmpty else {
            return out + "<p>\(HTMLEscaping.text(Wording.GroupScreen.noSuggestion))</p>\n</div>\n"
        }
        let fields = ["file": slot.file, "line": String(slot.line), "description": slot.description]
        out += form(action: "/group/choose", fields: fields) {
            var list = "<ul class=\"choices\" aria-labelledby=\"\(id)-title\">\n"
            for suggestion in slot.suggestions {
                let name = Self.displayName(of: suggestion.symbol)
                list += """
                    <li><button type="submit" name="symbol" value="\(HTMLEscaping.attribute(suggestion.symbol))">\
                    <img src="/bank/\(HTMLEscaping.attribute(suggestion.symbol)).svg" alt="" width="160" height="160">\
                    <span>\(HTMLEscaping.text(name))</span></button></li>

                    """
            }
            return list + "</ul>"
        }
        return out + "</div>\n"
    }

    private func form(action: String, fields: [String: String], id: String? = nil, content: () -> String) -> String {
        var out = "<form method=\"post\" action=\"\(action)\"\(id.map { " id=\"\($0)\"" } ?? "")>\n"
        out += "<input type=\"hidden\" name=\"token\" value=\"\(HTMLEscaping.attribute(token))\">\n"
        for (name, value) in fields.sorted(by: { $0.key < $1.key }) {
            out += "<input type=\"hidden\" name=\"\(name)\" value=\"\(HTMLEscaping.attribute(value))\">\n"
        }
        return out + content() + "\n</form>\n"
    }

    /// "care assistant" for `care_assistant_1a`: the words of the symbol's name, as people say it.
    static func displayName(of symbol: String) -> String {
        PictureBank.shipped.symbols[symbol]?.family ?? symbol
    }

    /// Large targets, strong focus, and the page's colours at 7:1 or more.
    static let style = """
        body { font-family: system-ui, sans-serif; font-size: 20px; line-height: 1.5; margin: 0; color: #111; background: #fff; }
        main { max-width: 70rem; margin: 0 auto; padding: 1rem; }
        h1 { font-size: 1.8rem; } h2 { font-size: 1.5rem; margin-top: 2.5rem; border-top: 3px solid #1b365d; padding-top: 1rem; }
        h3 { font-size: 1.2rem; }
        .status.draft { font-weight: bold; color: #8a1c1c; } .status.agreed { font-weight: bold; color: #14532d; }
        .notice { border: 3px solid #14532d; padding: 0.5rem 1rem; font-weight: bold; }
        .choices { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 1rem; }
        button { font: inherit; font-weight: bold; color: #fff; background: #1b365d; border: 3px solid #1b365d;
                 border-radius: 0.5rem; padding: 0.5rem 1rem; cursor: pointer; min-height: 48px; }
        .choices button { display: flex; flex-direction: column; align-items: center; gap: 0.5rem;
                          background: #fff; color: #111; border-color: #555; width: 12rem; }
        .choices img { width: 160px; height: 160px; max-width: 100%; }
        button:focus-visible, input:focus-visible, a:focus-visible { outline: 4px solid #b35c00; outline-offset: 3px; }
        .choices button:hover { border-color: #1b365d; background: #eef2f8; }
        label { display: block; margin-top: 0.5rem; }
        input[type=text] { font: inherit; padding: 0.4rem; border: 2px solid #555; width: min(30rem, 100%); box-sizing: border-box;
                           display: block; margin-bottom: 0.75rem; }
        .slot-choice { margin: 1.5rem 0; }
        .undo { background: #fff; color: #1b365d; }
        @media (max-width: 30rem) { .choices button { width: 9rem; } .choices img { width: 120px; height: 120px; } }
        """
}
