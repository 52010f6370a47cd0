import PlainlyModel

/// The XMP metadata packet PDF/UA asks for: the `pdfuaid:part` claim, the title and language, and
/// dates that match the Info dictionary's.
struct XMPPacket {
    var title: String
    var language: String
    var creators: [String]
    var description: String?
    var date: CalendarDate?
    var producer: String

    var xml: String {
        var fields = [
            "<pdfuaid:part>1</pdfuaid:part>",
            "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">\(escape(title))</rdf:li></rdf:Alt></dc:title>",
            "<dc:language><rdf:Bag><rdf:li>\(escape(language))</rdf:li></rdf:Bag></dc:language>",
            "<dc:format>application/pdf</dc:format>",
            "<xmp:CreatorTool>Plainly</xmp:CreatorTool>",
            "<pdf:Producer>\(escape(producer))</pdf:Producer>",
        ]
        if !creators.isEmpty {
            let names = creators.map { "<rdf:li>\(escape($0))</rdf:li>" }.joined()
            fields.append("<dc:creator><rdf:Seq>\(names)</rdf:Seq></dc:creator>")
        }
        if let description {
            fields.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">\(escape(description))</rdf:li></rdf:Alt></dc:description>")
        }
        if let date {
            let stamp = "\(date.iso)T00:00:00Z"
            fields += ["<xmp:CreateDate>\(stamp)</xmp:CreateDate>", "<xmp:ModifyDate>\(stamp)</xmp:ModifyDate>",
                       "<xmp:MetadataDate>\(stamp)</xmp:MetadataDate>"]
        }
        return """
            <?xpacket begin="\u{FEFF}" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" \
            xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" \
            xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
            \(fields.joined(separator: "\n"))
            </rdf:Description>
            </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="w"?>
            """
    }

    /// The Info dictionary's form of the same date.
    static func infoDate(_ date: CalendarDate) -> String {
        "D:" + date.iso.replacingOccurrences(of: "-", with: "") + "000000Z"
    }

    private func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
