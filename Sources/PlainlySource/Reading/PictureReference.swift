import PictureBank
import PlainlyModel

/// What a source writes for a picture's file (`pictures/bus.svg`, `bank:doctor_1a`), turned into a
/// picture's source with the same checks wherever it is written: in Markdown (`![…](…)`) or in
/// front matter (`cover:`, `logo:`). A path must stay inside the source folder (an error), a file
/// that is not there or a name the bank does not have is a warning and a slot, and nothing is
/// fetched from the web.
struct PictureReference {
    let context: SourceFileContext

    /// `written` is not empty: an empty destination is a slot, decided by the caller.
    func source(_ written: String, at location: SourceLocation, diagnostics: inout [Diagnostic]) -> Picture.Source {
        if written.hasPrefix(Picture.bankPrefix) {
            return bankSymbol(String(written.dropFirst(Picture.bankPrefix.count)), at: location, diagnostics: &diagnostics)
        }
        if let colon = written.firstIndex(of: ":"), written[..<colon].allSatisfy({ $0.isLetter }),
           written[..<colon].count > 1 {
            diagnostics.append(.warning(
                "Pictures must be files beside the document; '\(written)' is not fetched, so a picture slot is shown instead.",
                id: "remote-picture", at: location))
            return .slot
        }
        let path = context.resolve(picturePath: written)
        switch context.sourceFolder.confine(path) {
        case .failure(.outside):
            diagnostics.append(Diagnostic(
                .error, "The picture '\(written)' is outside the source folder, so it is not used.",
                id: "outside-source", at: location,
                why: "A document may only use files inside its own folder, so that nothing private is published by mistake.",
                suggestion: "Copy the picture into the source folder (the one that holds guide.yaml or the .md file) "
                    + "and name it from there."))
        case .failure(.notFound):
            diagnostics.append(PictureWarning.warning(.missing, path: path, at: location))
        default:
            // Whether it is a usable picture is judged when it is read (`PictureReader`).
            break
        }
        return .file(written: written, path: path)
    }

    /// `bank:doctor_1a`: a symbol Plainly ships. A name the bank does not have is a slot, with a
    /// warning that offers the closest names, as a missing file is.
    private func bankSymbol(_ name: String, at location: SourceLocation, diagnostics: inout [Diagnostic]) -> Picture.Source {
        let bank = PictureBank.shipped
        if bank.contains(name) { return .bank(name: name) }
        let close = bank.closeNames(to: name).map { "'bank:\($0)'" }
        let guess = close.isEmpty ? "" : " Did you mean \(close.joined(separator: " or "))?"
        diagnostics.append(Diagnostic(
            .warning, "The picture bank has no symbol called '\(name)'; a picture slot is shown instead.\(guess)",
            id: "unknown-bank-picture", at: location, why: PictureWarning.why,
            suggestion: "Run `plainly pictures` to see the bank's symbols for this picture, or leave the brackets empty to choose one later."))
        return .slot
    }
}
