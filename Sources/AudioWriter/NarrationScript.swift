import PlainlyModel

/// The narration as a script a volunteer can record from: every spoken line as the voice says it,
/// one utterance a paragraph, and directions in square brackets (which track, where to pause, what
/// to read slowly) that are never read aloud.
enum NarrationScript {
    static func text(of narration: Narration, title: String, fileNames: [String]) -> String {
        var lines = [Wording.Listening.scriptHeading(title)]
        for (index, track) in narration.tracks.enumerated() {
            lines += ["", Wording.Listening.track(index + 1, of: narration.tracks.count, file: fileNames[index])]
            var slow = false
            for utterance in track.utterances {
                lines.append("")
                if utterance.pace == .slow && !slow { lines += [Wording.Listening.readSlowly, ""] }
                slow = utterance.pace == .slow
                lines.append(utterance.words)
                if utterance.pause.rawValue >= Utterance.Pause.heading.rawValue { lines.append(Wording.Listening.pause) }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The words a script says aloud: every line not in square brackets.
    static func spokenWords(in script: String) -> [Substring] {
        script.split(separator: "\n").filter { !$0.hasPrefix("[") }.flatMap { $0.split(whereSeparator: \.isWhitespace) }
    }
}

/// The playlist: each track's file in order, with its length and title, so a player lists the
/// parts by name and a listener can skip to the one they want.
enum Playlist {
    static func m3u(title: String, entries: [(file: String, title: String, seconds: Int)]) -> String {
        var lines = ["#EXTM3U", "#PLAYLIST:\(oneLine(title))"]
        for entry in entries {
            lines += ["#EXTINF:\(entry.seconds),\(oneLine(entry.title))", entry.file]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
