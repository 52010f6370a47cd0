import Foundation
import PlainlyModel

/// Writes a document as a spoken recording, for people who listen rather than read: one MP3 file
/// for each part (or top-level section) and each section Plainly adds, a playlist (`<name>.m3u`)
/// so a listener can skip to the part they want, and the narration script (`<name>-script.txt`)
/// with the same words, so a volunteer can record a human version.
///
/// Speech is made on the machine by eSpeak NG's British English voice and encoded by LAME; the
/// words are prepared for listening first (`ListeningText`), once, for the audio and the script.
public struct AudioWriter: DocumentWriter {
    public struct Options: Sendable, Equatable {
        /// eSpeak's nominal words a minute; pauses make what a listener hears a little slower.
        public var wordsPerMinute: Int
        /// When false, picture descriptions are left out.
        public var includePictures: Bool

        /// Unhurried, for listeners with a learning disability, and still natural: with the pauses
        /// counted a listener hears 126 (a guide of short lines and lists) to 160 words a minute.
        public static let defaultWordsPerMinute = 150
        /// 80 is eSpeak's slowest; above 250 speech is hard to follow for anyone, and easy read asks
        /// for slow speech.
        public static let wordsPerMinuteRange = 80...250
        /// The contact card is read at this share of the speed, slowly enough to write it down.
        public static let slowPace = 0.75

        public init(wordsPerMinute: Int = defaultWordsPerMinute, includePictures: Bool = true) {
            self.wordsPerMinute = wordsPerMinute
            self.includePictures = includePictures
        }
    }

    public static let formatName = "audio"
    public static let summary = "spoken audio: an MP3 file a part, a playlist and a narration script"
    public static let needsFonts = false
    /// Speech takes seconds, not milliseconds: made when asked for (`--format audio`), not by default.
    public static let isMadeByDefault = false

    /// The folder the files go in.
    public static let folderName = "audio"

    /// The most words a recording speaks: a 12-page guide has about 3,000, a long report 30,000;
    /// 100,000 words are about 11 hours of speech (about 250 MB of MP3, all held in memory until
    /// the build is written), more than anyone listens to from a synthesised voice.
    public static let mostWords = 100_000
    /// The most files: a guide may have 1,000 parts, and each makes one track, with the title and
    /// the sections Plainly adds.
    public static let mostTracks = 1_100

    public static func destination(sourceName: String, plan: BuildPlan) -> OutputDestination {
        .folder(folderName)
    }

    public static func possibleDestinations(sourceName: String) -> [OutputDestination] {
        [.folder(folderName)]
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    public init(plan: BuildPlan) throws(DocumentWriterError) {
        let rate = plan.speechRate ?? Options.defaultWordsPerMinute
        guard Options.wordsPerMinuteRange.contains(rate) else {
            throw DocumentWriterError(
                format: Self.formatName,
                reason: "the speech rate must be \(Options.wordsPerMinuteRange.lowerBound) to \(Options.wordsPerMinuteRange.upperBound) words a minute, not \(rate)")
        }
        self.init(options: .init(wordsPerMinute: rate, includePictures: plan.textIncludesPictures))
    }

    /// What would be said, track by track, without making any sound.
    public func narration(of document: RealizedDocument) -> Narration {
        NarrationBuilder(includePictures: options.includePictures).narration(of: document)
    }

    public func write(_ document: RealizedDocument) throws(DocumentWriterError) -> RenderedOutput {
        // Counted as written first, so a huge text is refused before it is prepared for listening;
        // then again as it will be said, since numbers and addresses grow into several words.
        var asWritten = NarrationBuilder(includePictures: options.includePictures)
        asWritten.preparesWords = false
        try checkWordCount(asWritten.narration(of: document))
        let narration = narration(of: document)
        try checkWordCount(narration)
        guard narration.tracks.count <= Self.mostTracks else {
            throw error("the recording would have \(narration.tracks.count) tracks, more than the \(Self.mostTracks) it may have")
        }
        let synthesizer: SpeechSynthesizer
        switch SpeechSynthesizer.shared {
        case .success(let shared): synthesizer = shared
        case .failure(let failure): throw error(failure.message)
        }

        let title = narration.tracks[0].title
        let names = Self.fileNames(for: narration.tracks)
        var files: [RenderedOutput.File] = []
        var entries: [(file: String, title: String, seconds: Int)] = []
        for (index, track) in narration.tracks.enumerated() {
            let tags = MP3Tags(title: track.title, album: title, track: index + 1, trackCount: narration.tracks.count)
            let (mp3, samples) = try record(track, tags: tags, with: synthesizer)
            files.append(.init(path: names[index], contents: mp3))
            entries.append((names[index], track.title, Int((Double(samples) / Double(synthesizer.sampleRate)).rounded())))
        }
        files.append(.init(path: "\(document.name).m3u", contents: Data(Playlist.m3u(title: title, entries: entries).utf8)))
        let script = NarrationScript.text(of: narration, title: title, fileNames: names)
        files.append(.init(path: "\(document.name)-script.txt", contents: Data(script.utf8)))
        return RenderedOutput(files: files)
    }

    /// One track's MP3, and how many samples it holds. Each utterance is encoded as soon as it is
    /// spoken, so only one utterance's samples are held at a time.
    private func record(
        _ track: Track, tags: MP3Tags, with synthesizer: SpeechSynthesizer
    ) throws(DocumentWriterError) -> (Data, Int) {
        let rate = synthesizer.sampleRate
        do {
            let encoder = try MP3Encoder(sampleRate: rate, tags: tags)
            var total = 0
            func silence(milliseconds: Int) throws(MP3Error) {
                let samples = [Int16](repeating: 0, count: rate * milliseconds / 1000)
                try encoder.append(samples)
                total += samples.count
            }
            try silence(milliseconds: Self.leadIn)
            for utterance in track.utterances {
                let pace = utterance.pace == .slow ? Options.slowPace : 1
                for piece in Self.pieces(of: utterance.words) {
                    let speech: [Int16]
                    do {
                        speech = try synthesizer.speak(piece, wordsPerMinute: Int(Double(options.wordsPerMinute) * pace))
                    } catch {
                        throw self.error("\(error.message), in “\(tags.title)”")
                    }
                    try encoder.append(speech)
                    total += speech.count
                }
                try silence(milliseconds: utterance.pause.rawValue)
            }
            return (try encoder.finish(), total)
        } catch let failure as MP3Error {
            throw error(failure.message)
        } catch let failure as DocumentWriterError {
            throw failure
        } catch {
            throw self.error("\(error)")
        }
    }

    private func checkWordCount(_ narration: Narration) throws(DocumentWriterError) {
        guard narration.wordCount > Self.mostWords else { return }
        throw error("the recording would speak \(narration.wordCount) words, more than the \(Self.mostWords) a recording may have; make the audio of a shorter document, or of its parts one at a time")
    }

    /// The most words spoken in one call to eSpeak: about two minutes of speech, 5 MB of samples.
    /// A longer paragraph is spoken in pieces, ended at a sentence where one ends after
    /// `shortestPiece` words, so a paragraph of any length never holds more than this in memory.
    static let longestPiece = 300
    static let shortestPiece = 100

    static func pieces(of words: String) -> [String] {
        let all = words.split(separator: " ")
        guard all.count > longestPiece else { return [words] }
        var pieces: [String] = []
        var current: [Substring] = []
        for word in all {
            current.append(word)
            let endsSentence = word.last.map { ".?!".contains($0) } ?? false
            if current.count >= longestPiece || (current.count >= shortestPiece && endsSentence) {
                pieces.append(current.joined(separator: " "))
                current = []
            }
        }
        if !current.isEmpty { pieces.append(current.joined(separator: " ")) }
        return pieces
    }

    /// Silence at the start of each file, in milliseconds, so a player that fades in loses no word.
    static let leadIn = 300

    /// "01-title.mp3", "02-what-is-an-expert-by-experience.mp3": numbered so they sort in order,
    /// named so a listener browsing the folder knows what each is.
    static func fileNames(for tracks: [Track]) -> [String] {
        let width = max(2, String(tracks.count).count)
        return tracks.enumerated().map { index, track in
            let number = String(index + 1)
            return String(repeating: "0", count: width - number.count) + number + "-" + slug(track.title) + ".mp3"
        }
    }

    /// The longest name a file's title gives it, in characters, so paths stay short on every system.
    static let longestSlug = 40

    static func slug(_ title: String) -> String {
        var slug = ""
        for scalar in title.lowercased().folding(options: .diacriticInsensitive, locale: nil).unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, slug.last != "-" {
                slug += "-"
            }
        }
        if slug.count > longestSlug {
            // Cut at the last whole word that fits.
            let cut = slug.prefix(longestSlug + 1)
            slug = String(cut.lastIndex(of: "-").map { cut[..<$0] } ?? cut.prefix(longestSlug))
        }
        while slug.last == "-" { slug.removeLast() }
        return slug.isEmpty ? "track" : slug
    }

    private func error(_ reason: String) -> DocumentWriterError {
        DocumentWriterError(format: Self.formatName, reason: reason)
    }
}
