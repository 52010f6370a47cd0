import Foundation
import PlainlyModel
import Testing

@testable import PlainlyKit

/// Every format is one registered `DocumentWriter`; names, destinations and the output folder's
/// contents follow from the list.
@Suite struct FormatRegistryTests {
    let plan = BuildPlan(formats: FormatRegistry.names, output: URL(fileURLWithPath: "/tmp/out"))

    @Test func namesAreUniqueAndLookedUpByName() {
        #expect(Set(FormatRegistry.names).count == FormatRegistry.writers.count)
        for name in FormatRegistry.names { #expect(FormatRegistry.writer(named: name)?.formatName == name) }
        #expect(FormatRegistry.writer(named: "braille") == nil)
    }

    /// Braille and audio are made when asked for; the rest, the formats people ask for most, by default.
    @Test func theDefaultSetLeavesOutBrailleAndAudio() {
        #expect(FormatRegistry.names.contains("audio") && FormatRegistry.names.contains("brf"))
        #expect(FormatRegistry.defaultNames == FormatRegistry.names.filter { $0 != "audio" && $0 != "brf" })
    }

    @Test func eachFormatWritesWhereItSaysItCan() {
        var single = plan
        single.singleFileHTML = true
        for writer in FormatRegistry.writers {
            let possible = writer.possibleDestinations(sourceName: "guide")
            #expect(possible.contains(writer.destination(sourceName: "guide", plan: plan)))
            #expect(possible.contains(writer.destination(sourceName: "guide", plan: single)))
            #expect(!writer.summary.isEmpty)
        }
    }

    @Test func theDestinationsAreTheFilesAndFoldersPlainlyMayFindInAnOutputFolder() {
        #expect(FormatRegistry.couldHaveMade(name: "guide.pdf", isFolder: false))
        #expect(FormatRegistry.couldHaveMade(name: "guide.txt", isFolder: false))
        #expect(FormatRegistry.couldHaveMade(name: "guide.html", isFolder: false))
        #expect(FormatRegistry.couldHaveMade(name: "html", isFolder: true))
        #expect(FormatRegistry.couldHaveMade(name: "guide.brf", isFolder: false))
        #expect(FormatRegistry.couldHaveMade(name: "guide-braille.txt", isFolder: false))
        #expect(FormatRegistry.couldHaveMade(name: "audio", isFolder: true))
        #expect(FormatRegistry.couldHaveMade(name: ".DS_Store", isFolder: false))
        #expect(!FormatRegistry.couldHaveMade(name: "guide.yaml", isFolder: false))
        #expect(!FormatRegistry.couldHaveMade(name: "parts", isFolder: true))
        #expect(!FormatRegistry.couldHaveMade(name: "guide.brf", isFolder: true))
    }

    @Test func theDefaultFormatsAreTheQuickOnesAndAllIsNotAFormat() {
        #expect(FormatRegistry.defaultNames == ["txt", "pdf", "html", "docx"])
        #expect(FormatRegistry.writer(named: FormatRegistry.allName) == nil)
    }
}
