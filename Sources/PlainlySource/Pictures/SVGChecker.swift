import Foundation
import PlainlyModel

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Follows an SVG's elements as `XMLParser` reads them, and stops at the first thing
/// `SVGInspector` does not allow: a root that is not `<svg>`, nesting too deep, a reference to
/// anything outside the file, a style sheet loaded from outside, or a stated size that is absurd.
final class SVGChecker: NSObject, XMLParserDelegate {
    var refusal: String?
    var sawRoot = false
    var size: SVGInspector.Size?
    var sawError = false
    private var inStyle = false
    private var depth = 0

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        sawError = true
    }

    private func refuse(_ parser: XMLParser, _ reason: String) {
        if refusal == nil { refusal = reason }
        parser.abortParsing()
    }

    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
        refuse(parser, "the SVG declares entities, which Plainly does not expand")
    }

    func parser(_ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?, systemID: String?) {
        refuse(parser, "the SVG declares entities, which Plainly does not expand")
    }

    func parser(_ parser: XMLParser, foundUnparsedEntityDeclarationWithName name: String, publicID: String?,
                systemID: String?, notationName: String?) {
        refuse(parser, "the SVG declares entities, which Plainly does not expand")
    }

    func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
        refuse(parser, "the SVG refers to an outside entity")
        return nil
    }

    func parser(_ parser: XMLParser, foundProcessingInstructionWithTarget target: String, data: String?) {
        if target.lowercased() == "xml-stylesheet" { refuse(parser, "the SVG loads a style sheet from outside it") }
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes: [String: String] = [:]) {
        let local = elementName.split(separator: ":").last.map(String.init) ?? elementName
        depth += 1
        guard depth <= SourceLimits.maximumSVGNesting else {
            refuse(parser, "the SVG's elements are nested more than \(SourceLimits.maximumSVGNesting) deep")
            return
        }
        if !sawRoot {
            sawRoot = true
            guard local == "svg" else {
                refuse(parser, "it is not a PNG, JPEG, GIF, WebP or SVG picture")
                return
            }
            readSize(attributes)
            if refusal != nil { parser.abortParsing(); return }
        }
        for (name, value) in attributes {
            let attribute = name.lowercased()
            if attribute == "href" || attribute.hasSuffix(":href") || attribute == "src" {
                guard SVGInspector.isSelfContained(reference: value) else {
                    refuse(parser, "the SVG refers to '\(value)' outside it; only '#…' and 'data:' references are allowed")
                    return
                }
                if let problem = SVGInspector.embeddedPictureProblem(value) {
                    refuse(parser, problem)
                    return
                }
            } else if !SVGInspector.styleIsSelfContained(value) {
                refuse(parser, "the SVG's styles refer to something outside it; only 'url(#…)' and 'data:' are allowed")
                return
            }
        }
        inStyle = local == "style"
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        depth -= 1
        inStyle = false
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        checkStyleText(parser, string)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        checkStyleText(parser, String(decoding: CDATABlock, as: UTF8.self))
    }

    private func checkStyleText(_ parser: XMLParser, _ text: String) {
        guard inStyle, !SVGInspector.styleIsSelfContained(text) else { return }
        refuse(parser, "the SVG's styles refer to something outside it; only 'url(#…)' and 'data:' are allowed")
    }

    private func readSize(_ attributes: [String: String]) {
        let givenWidth = SVGInspector.pixels(attributes["width"])
        let givenHeight = SVGInspector.pixels(attributes["height"])
        // Judged before converting to Int, so that 1e300 cannot overflow. Only a size the file
        // states is judged: a viewBox is a coordinate system (a map may use metres), not a size.
        let side = Double(SourceLimits.maximumPictureSide)
        for given in [givenWidth, givenHeight].compactMap({ $0 }) where given > side || given < 0 {
            refusal = "its size is \(Self.describe(givenWidth)) × \(Self.describe(givenHeight)) pixels; "
                + "a picture may be at most \(SourceLimits.maximumPictureSide) pixels on a side"
            return
        }
        var width = givenWidth, height = givenHeight
        let box = (attributes["viewBox"] ?? "").split(whereSeparator: { $0 == " " || $0 == "," || $0.isNewline })
            .compactMap { Double($0) }
        if box.count == 4, box[2] > 0, box[3] > 0, box[2].isFinite, box[3].isFinite {
            if width == nil, height == nil {
                width = box[2]
                height = box[3]
            } else if width == nil, let height {
                width = height * box[2] / box[3]
            } else if height == nil, let width {
                height = width * box[3] / box[2]
            }
        }
        guard let width, let height else { return }
        let largest = Double(Int32.max)
        size = SVGInspector.Size(width: Int(min(width, largest).rounded()), height: Int(min(height, largest).rounded()))
    }

    private static func describe(_ value: Double?) -> String {
        guard let value else { return "?" }
        return abs(value) < 1e15 ? String(Int(value.rounded())) : String(value)
    }
}
