import Foundation
import PlainlyModel
import PlainlySource
import Testing
@testable import AudioWriter

/// Listens back to the audio with PocketSphinx (Debian's `pocketsphinx` and `pocketsphinx-en-us`, a
/// test-only tool) and counts how many of the script's words it hears.
///
/// PocketSphinx's model is American English trained on human voices, and eSpeak's voice is neither,
/// so it never hears every word: on this sample it hears 38 % to 54 % of the words (25 to 35 of
/// 65; "Coffee morning" comes back as "healthy looking", "four pounds fifty" as "four pounds to
/// the"). The share changes from run to run because eSpeak carries a little of its voice state
/// from one utterance to the next, so the sample sounds slightly different after other tests have
/// spoken. The floor is the lowest share measured less a margin; silence or noise scores near 0.
/// The test catches audio that has gone wrong (silence, noise, the wrong rate, words cut short),
/// not the voice's quality.
@Suite struct RoundTripTests {
    /// The share of the script's words PocketSphinx must hear: the measured share less a margin.
    static let floor = 0.25

    static let sample = """
        ---
        title: Coffee morning
        ---
        We meet every Tuesday morning at the community centre. Come and have a cup of tea with us.
        You can bring a friend. It costs £4.50 and that pays for the cake.
        Please call us on 01632 960 418 if you need help to get there.
        """

    static var tool: String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
        return folders.map { "\($0)/pocketsphinx_continuous" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @Test(.enabled(if: tool != nil, "pocketsphinx_continuous is not installed (Debian's pocketsphinx); the round trip was not run"))
    func pocketSphinxHearsMostOfTheWordsOfAShortSample() throws {
        let reading = SourceReader().read(markdown: Self.sample, file: "coffee.md", baseDirectory: URL(fileURLWithPath: "/tmp"))
        let document = RealizedDocument(reading.document, name: "coffee")
        let output = try AudioWriter().write(document)
        let narration = AudioWriter().narration(of: document)
        var expected: [String] = []
        var heard: [String] = []
        for (index, track) in narration.tracks.enumerated() {
            let mp3 = output.files.first { $0.path.hasPrefix(String(format: "%02d-", index + 1)) }!
            heard += try Self.transcribe(mp3.contents)
            expected += track.utterances.flatMap { Self.words($0.words) }
        }
        let share = Self.shareHeard(expected: expected, heard: heard)
        print("PocketSphinx heard \(Int((share * 100).rounded())) % of \(expected.count) words: \(heard.joined(separator: " "))")
        #expect(share >= Self.floor, "heard \(share) of the words, under the floor of \(Self.floor)")
    }

    /// Decodes the MP3, makes it 16 kHz mono, and returns the words PocketSphinx hears in it.
    static func transcribe(_ mp3: Data) throws -> [String] {
        let decoded = try MP3Decoder.decode(mp3)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plainly-roundtrip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let wav = folder.appendingPathComponent("speech.wav")
        // Resampled here: PocketSphinx's own 22 kHz front end (-samprate 22050 -nfft 1024) heard
        // 37 % of the sample's words where the 16 kHz model fed at its own rate heard 54 %.
        try PCM.wav(PCM.resample(decoded.samples, from: decoded.sampleRate, to: 16_000), rate: 16_000).write(to: wav)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool!)
        process.arguments = ["-infile", wav.path, "-logfn", "/dev/null"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return words(String(decoding: text, as: UTF8.self))
    }

    /// Lower case, letters and apostrophes only: "Tuesday," and "tuesday" are one word.
    static func words(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0 == "'") }.map(String.init).filter { !$0.isEmpty }
    }

    /// How many of the expected words were heard, each heard word counted once.
    static func shareHeard(expected: [String], heard: [String]) -> Double {
        var pool = Dictionary(heard.map { ($0, 1) }, uniquingKeysWith: +)
        var found = 0
        for word in expected where (pool[word] ?? 0) > 0 {
            pool[word]! -= 1
            found += 1
        }
        return expected.isEmpty ? 0 : Double(found) / Double(expected.count)
    }

    @Test func aWordIsHeardOnceHoweverOftenItIsSaid() {
        #expect(Self.shareHeard(expected: ["tea", "tea", "cake"], heard: ["tea", "cake", "cake"]) == 2.0 / 3.0)
        #expect(Self.words("Come, and have TEA.") == ["come", "and", "have", "tea"])
    }
}
