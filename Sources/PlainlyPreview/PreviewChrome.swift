import Foundation
import HTMLWriter
import PlainlyModel

/// What the preview adds to the easy-read page: a small bar saying it is a live preview, and the
/// few lines of script that reload the page when the source changes (the page itself needs none).
///
/// When the source has errors the preview shows them instead, with file and line, and keeps
/// waiting for the next save.
enum PreviewChrome {
    /// Which view a page is: the easy-read page itself, or the checker's highlights of its text.
    enum View {
        case page, check

        /// The toggle in the bar leads to the other view.
        var toggle: (href: String, label: String) {
            switch self {
            case .page: ("/check", "Show what is hard to read")
            case .check: ("/", "Show the easy-read page")
            }
        }
    }

    /// `nonce` is the one the page's Content-Security-Policy lets run (`HTMLWriter.Options.scriptNonce`).
    static func wrap(page html: String, generation: Int, warnings: [String], view: View = .page, nonce: String? = nil) -> String {
        let bar = bar(generation: generation, title: "Live preview", detail: warningSummary(warnings), view: view)
        var page = html
        if let bodyOpen = page.range(of: "<body[^>]*>", options: .regularExpression) {
            page.insert(contentsOf: bar, at: bodyOpen.upperBound)
        }
        let script = reloadScript(generation: generation, nonce: nonce)
        if let bodyClose = page.range(of: "</body>", options: .backwards) {
            page.insert(contentsOf: script, at: bodyClose.lowerBound)
        } else {
            page += script
        }
        return page
    }

    static func errorPage(title: String, messages: [String], generation: Int) -> String {
        let items = messages.map { "<li><code>\(HTMLEscaping.text($0))</code></li>" }.joined(separator: "\n")
        return """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTMLEscaping.text(title)) – cannot show yet</title>
            <style>
            body { font-family: system-ui, sans-serif; font-size: 20px; line-height: 1.5; margin: 2rem auto;
                   max-width: 60rem; padding: 0 1rem; color: #111; background: #fff; }
            code { font-size: 18px; white-space: pre-wrap; }
            li { margin-bottom: 0.75rem; }
            .preview-bar { border: 3px solid #8a1c1c; padding: 0.5rem 1rem; }
            </style></head>
            <body>
            \(bar(generation: generation, title: "Live preview", detail: "Waiting for a fix", view: nil))
            <main>
            <h1>The preview cannot be shown yet</h1>
            <p>Fix these, save the file, and this page will update by itself.</p>
            <ul>
            \(items)
            </ul>
            </main>
            \(reloadScript(generation: generation))
            </body></html>
            """
    }

    /// The bar on the group screen: what it is, and the way back to the page.
    static func groupBar(generation: Int) -> String {
        bar(generation: generation, title: "Live preview", detail: nil, view: nil,
            links: [("/", Wording.GroupScreen.backToPage), ("/check", View.page.toggle.label)])
    }

    private static func bar(
        generation: Int, title: String, detail: String?, view: View?, links extra: [(href: String, label: String)]? = nil
    ) -> String {
        let detailText = detail.map { " – \(HTMLEscaping.text($0))" } ?? ""
        var links = view.map { [$0.toggle] } ?? []
        if view != nil { links.append(("/group", Wording.GroupScreen.barLink)) }
        links += extra ?? []
        let toggle = links.map { link in
            " <a href=\"\(link.href)\" style=\"color: #fff; font-weight: bold;\">\(HTMLEscaping.text(link.label))</a>"
        }.joined(separator: " |")
        return """
            <div class="preview-bar" role="status" style="font: 16px/1.4 system-ui, sans-serif; \
            background: #1b365d; color: #fff; padding: 0.4rem 1rem;">\(title): this page updates when a \
            file is saved (version \(generation))\(detailText).\(toggle)</div>
            """
    }

    private static func warningSummary(_ warnings: [String]) -> String? {
        warnings.isEmpty ? nil : "\(warnings.count) warning\(warnings.count == 1 ? "" : "s"): run plainly build to see them"
    }

    /// Reconnects with the generation it shows, so a rebuild between loading and connecting is not missed.
    private static func reloadScript(generation: Int, nonce: String? = nil) -> String {
        """
        <script\(nonce.map { " nonce=\"\($0)\"" } ?? "")>
        (function () {
          var source = new EventSource("/events?since=\(generation)");
          source.addEventListener("reload", function () { source.close(); window.location.reload(); });
        })();
        </script>
        """
    }
}
