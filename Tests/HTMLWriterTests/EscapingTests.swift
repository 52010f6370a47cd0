import Foundation
@testable import HTMLWriter
import PlainlyModel
import Testing

/// Author text can never become markup: every payload, in every field the page shows, arrives as
/// text, and no tag or attribute appears that the writer does not make itself.
@Suite struct EscapingTests {
    static let payloads = [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "' onmouseover='alert(1)' x='",
        "</style><script>alert(1)</script>",
        "</title><script>alert(1)</script>",
        "<!-- comment --><svg onload=alert(1)>",
        "&lt;already escaped&gt; &amp; &#60;",
        "]]><![CDATA[<b>x</b>]]>",
        "<a href=\"javascript:alert(1)\">click</a>",
        "{{7*7}} ${7*7} <%= 7*7 %>",
    ]

    /// Fields the page shows, each given the payload.
    static func document(with payload: String) -> Document {
        let text: Inline = .text(payload)
        let metadata = Metadata(
            title: payload, subtitle: payload, authors: [payload],
            contact: Contact(name: payload, phone: payload, email: payload, address: payload, website: payload),
            glossary: [GlossaryEntry(term: payload, explanation: payload)])
        let blocks: [Block] = [
            .heading(Heading(level: 3, inlines: [text], anchor: payload)),
            .paragraph(Paragraph(inlines: [text, .strong([text]), .emphasis([text]), .link(payload, [text])])),
            .easyReadRow(EasyReadRow(
                picture: Picture(source: .slot, words: .description(payload)),
                lines: [TextLine(inlines: [text])])),
            .easyReadRow(EasyReadRow(
                picture: Picture(source: .file(written: "pictures/meeting.svg", path: "pictures/meeting.svg"),
                                 words: .description(payload)),
                lines: [TextLine(inlines: [.link("https://example.org/" + payload, [text])])])),
            .picture(Picture(source: .file(written: payload, path: payload), words: .description(payload))),
            .list(ListBlock(isNumbered: false, items: [ListItem(blocks: [.paragraph(Paragraph(inlines: [text]))])])),
            .callout(Callout(kind: .note, title: payload, blocks: [.paragraph(Paragraph(inlines: [text]))])),
            .table(Table(
                caption: payload, header: [TableCell(inlines: [text])], rows: [[TableCell(inlines: [text])]])),
        ]
        let part = Part(title: payload, anchor: payload, by: [payload], status: .draft, blocks: blocks)
        return Document(metadata: metadata, parts: [part, Part(blocks: [.paragraph(Paragraph(inlines: [text]))])])
    }

    static let allowedTags: Set<String> = [
        "html", "head", "meta", "title", "link", "style", "body", "header", "nav", "main", "footer", "article",
        "section", "aside", "div", "address", "h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "dl",
        "dt", "dd", "table", "caption", "thead", "tbody", "tr", "th", "td", "a", "strong", "em", "br", "img",
        "dfn", "time", "span", "wbr",
    ]
    static let allowedAttributes: Set<String> = [
        "id", "class", "lang", "href", "src", "alt", "charset", "name", "content", "rel", "start", "scope",
        "role", "tabindex", "datetime", "aria-label", "aria-labelledby", "aria-describedby", "http-equiv",
    ]
    /// Noncharacters (U+FFFE, U+FDD0, U+1FFFF) cannot be written in a Swift string literal.
    static let noncharacters = "non" + String(Unicode.Scalar(0xFFFE)!) + "char" + String(Unicode.Scalar(0xFDD0)!)
        + "s" + String(Unicode.Scalar(0x1FFFF)!)

    /// An address the page may hold: a checked link (web, email, phone, fragment or relative path
    /// inside the folder) or an asset the writer placed. Never a quote, angle bracket or space.
    static func isSafeAddress(_ value: String) -> Bool {
        if value.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" || $0 == "\\" }) { return false }
        if let scheme = value.firstMatch(of: /^([A-Za-z][A-Za-z0-9+.\-]*):/)?.1.lowercased() {
            return ["http", "https", "mailto", "tel", "data"].contains(scheme)
                && (scheme != "data" || value.wholeMatch(of: /data:[a-z]+\/[a-z0-9.+-]+;base64,[A-Za-z0-9+\/=]+/) != nil)
        }
        return !value.hasPrefix("/") && !value.split(separator: "/").contains("..")
    }

    @Test(arguments: payloads, [false, true])
    func payloadStaysText(payload: String, singleFile: Bool) throws {
        let (output, html) = try Fixture.render(Self.document(with: payload), singleFile: singleFile)
        let page = HTMLScanner(html)
        #expect(page.problems == [])
        #expect(Set(page.tags.map(\.name)).isSubset(of: Self.allowedTags))
        for tag in page.tags {
            for attribute in tag.attributes {
                #expect(Self.allowedAttributes.contains(attribute.name), "<\(tag.name) \(attribute.name)>")
                if attribute.name == "href" || attribute.name == "src" {
                    #expect(Self.isSafeAddress(attribute.value), "\(attribute.name)=\(attribute.value)")
                }
            }
        }
        #expect(page.tags.filter { $0.name == "title" }.count == 1)
        #expect(page.tags.filter { $0.name == "style" }.count == (singleFile ? 1 : 0))
        #expect(page.styles.allSatisfy { !$0.contains(payload) })
        // The words arrive whole, as text: the title, headings, rows, cells and glossary.
        #expect(page.text.components(separatedBy: payload).count > 10, "the payload should be shown as text")
        // Every id is unique, even with the payload as an anchor twice over.
        let ids = page.tags.compactMap { $0.value("id") }
        #expect(Set(ids).count == ids.count)
        // Picture alt text carries the payload unchanged.
        #expect(page.tags.contains { $0.name == "img" && $0.value("alt") == payload })
        // The refused link and the picture path that is no file are reported, not hidden.
        #expect(output.diagnostics.contains { $0.id == "unsafe-link" || $0.id == "missing-picture" })
    }

    @Test(arguments: [
        ("plain words", "plain words", "plain words"),
        ("a < b & c > d", "a &lt; b &amp; c &gt; d", "a &lt; b &amp; c &gt; d"),
        ("say \"hi\" it's", "say \"hi\" it's", "say &quot;hi&quot; it's"),
        ("tab\tnew\nline", "tab\tnew\nline", "tab\tnew\nline"),
        ("nul\u{0}bell\u{7}esc\u{1B}del\u{7F}c1\u{85}", "nulbellescdelc1", "nulbellescdelc1"),
        (noncharacters, "non\u{FFFD}char\u{FFFD}s\u{FFFD}", "non\u{FFFD}char\u{FFFD}s\u{FFFD}"),
        ("£5 – café ’ 😀", "£5 – café ’ 😀", "£5 – café ’ 😀"),
    ])
    func escapesTextAndAttributes(input: String, text: String, attribute: String) {
        #expect(HTMLEscaping.text(input) == text)
        #expect(HTMLEscaping.attribute(input) == attribute)
    }
}
