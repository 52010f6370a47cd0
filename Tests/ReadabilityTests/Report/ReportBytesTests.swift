@testable import Readability
import Testing

/// `ReportBytes` appends numbers, fixed text and pieces written straight into room made for them.
@Suite struct ReportBytesTests {
    static func written(_ body: (inout ReportBytes) -> Void) -> String {
        var out = ReportBytes()
        body(&out)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    @Test(arguments: [0, 7, 9, 10, 99, 100, 12_345, -1, -10, Int.max, Int.min])
    func numbersAreWrittenInDecimal(_ number: Int) {
        #expect(Self.written { $0.append(number) } == String(number))
        #expect(Self.written { out in out.append(atMost: RawWriter.longestNumber) { $0.put(decimal: number) } } == String(number))
    }

    /// Room left over is not kept: only what was written is there, after what came before.
    @Test func roomLeftOverIsDropped() {
        let text = Self.written { out in
            out.append("before ")
            out.append(atMost: 100) { writer in
                writer.put("fixed" as StaticString)
                writer.put(UInt8(ascii: " "))
                writer.put(decimal: 42)
            }
            out.append(atMost: 5) { _ in }
            out.append(" after")
        }
        #expect(text == "before fixed 42 after")
    }

    /// Room larger than the zeros it is made from, and room filled exactly.
    @Test func largeRoomIsMadeInRuns() {
        let long = String(repeating: "abcdefgh", count: 5_000)
        let text = Self.written { out in
            var long = long
            long.withUTF8 { utf8 in out.append(atMost: JSONText.longestString(utf8.count)) { $0.putString(utf8: utf8) } }
            out.append(atMost: 3) { writer in
                writer.put(UInt8(ascii: "x"))
                writer.put("yz" as StaticString)
            }
        }
        #expect(text == "\"" + long + "\"xyz")
    }
}
