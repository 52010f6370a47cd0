@testable import HTMLWriter
import Testing

/// Links go only to web, email and phone addresses, to places on the page, or to relative paths
/// that stay inside the output folder.
@Suite struct LinkTargetTests {
    @Test(arguments: [
        ("https://example.org", "https://example.org"),
        ("HTTP://EXAMPLE.ORG/Help", "HTTP://EXAMPLE.ORG/Help"),
        ("  https://example.org/a b  ", "https://example.org/a%20b"),
        ("https://example.org/?q=\"x\"&y=<z>", "https://example.org/?q=%22x%22&y=%3Cz%3E"),
        ("https://example.org/100%", "https://example.org/100%25"),
        ("https://example.org/caf%C3%A9", "https://example.org/caf%C3%A9"),
        ("https://example.org/café", "https://example.org/caf%C3%A9"),
        ("mailto:care@example.org?subject=My plan", "mailto:care@example.org?subject=My%20plan"),
        ("tel:01632 960 123", "tel:01632960123"),
        ("#who-can-help", "#who-can-help"),
        ("leaflet.pdf", "leaflet.pdf"),
        ("docs/easy read.pdf", "docs/easy%20read.pdf"),
        ("./a/../b.html#top", "./a/../b.html#top"),
        ("?page=2", "?page=2"),
    ])
    func allows(destination: String, href: String) throws {
        let target = try LinkTarget.check(destination).get()
        #expect(target.href == href)
    }

    @Test(arguments: [
        ("javascript:alert(1)", LinkTarget.Refusal.scheme("javascript")),
        ("JaVaScRiPt:alert(1)", .scheme("JaVaScRiPt")),
        ("  javascript:alert(1)", .scheme("javascript")),
        ("java\tscript:alert(1)", .controlCharacter),
        ("java\nscript:alert(1)", .controlCharacter),
        ("java\u{0}script:alert(1)", .controlCharacter),
        ("vbscript:msgbox(1)", .scheme("vbscript")),
        ("data:text/html;base64,PHNjcmlwdD4=", .scheme("data")),
        ("file:///etc/passwd", .scheme("file")),
        ("ftp://example.org", .scheme("ftp")),
        ("C:\\Users\\sam\\plan.docx", .backslash),
        ("c:/Users/sam/plan.docx", .scheme("c")),
        ("//evil.example/x", .scheme("//")),
        ("/etc/passwd", .absolutePath),
        ("../secret.txt", .outsideOutput),
        ("a/../../b.txt", .outsideOutput),
        ("https:evil.example", .noHost),
        ("http://", .noHost),
        ("https:///path", .noHost),
        ("", .empty),
        ("   ", .empty),
        ("#", .empty),
        ("mailto:", .empty),
    ])
    func refuses(destination: String, refusal: LinkTarget.Refusal) {
        #expect(throws: refusal) { try LinkTarget.check(destination).get() }
    }

    @Test(arguments: [
        ("01632 960 123", "tel:01632960123"),
        ("+44 (0)1632 960123", "tel:+441632960123"),
        ("0800-123-456", "tel:0800123456"),
    ])
    func phoneNumbersBecomeTelLinks(text: String, href: String) {
        #expect(LinkTarget.phone(text)?.href == href)
    }

    @Test(arguments: ["Ask for Sam", "12", "0800 123 456 ext. 4", "<script>"])
    func otherTextIsNotAPhoneNumber(text: String) {
        #expect(LinkTarget.phone(text) == nil)
    }

    @Test func emailAndWebsitesAsPeopleWriteThem() throws {
        #expect(LinkTarget.email("care@example.org")?.href == "mailto:care@example.org")
        #expect(LinkTarget.email("not an email") == nil)
        #expect(LinkTarget.email("a@b") == nil)
        #expect(LinkTarget.email("\"x\"@example.org") == nil)
        #expect(try LinkTarget.website("www.example.org/care").get().href == "https://www.example.org/care")
        #expect(try LinkTarget.website("http://example.org").get().href == "http://example.org")
        #expect(throws: LinkTarget.Refusal.scheme("javascript")) { try LinkTarget.website("javascript:alert(1)").get() }
        #expect(throws: LinkTarget.Refusal.noHost) { try LinkTarget.website("mailto:care@example.org").get() }
    }
}
