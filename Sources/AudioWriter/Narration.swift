/// What the audio says, before any sound is made: tracks of utterances, each already prepared for
/// listening (`ListeningText`). The MP3 files and the narration script are both made from this one
/// value, so a volunteer reading the script says exactly what the synthesised voice says.
public struct Narration: Sendable, Equatable {
    public var tracks: [Track]

    /// Every word spoken, across all tracks.
    public var wordCount: Int { tracks.reduce(0) { $0 + $1.wordCount } }
}

/// One MP3 file: a part, a top-level section, or one of the sections Plainly adds.
public struct Track: Sendable, Equatable {
    /// As written (not prepared), for the ID3 title and the playlist.
    public var title: String
    public var utterances: [Utterance]

    public var wordCount: Int { utterances.reduce(0) { $0 + $1.wordCount } }
}

/// Something said in one breath group, then a silence.
public struct Utterance: Sendable, Equatable {
    public enum Pace: Sendable, Equatable {
        case normal
        /// The contact card: slower, so a listener can write a number down.
        case slow
    }

    /// The silence after an utterance, in milliseconds: long enough to hear where one thing ends
    /// and the next begins, short enough not to sound like the recording has stopped.
    public enum Pause: Int, Sendable, Equatable {
        /// Between the items of a list or the cells of a table row.
        case item = 350
        /// After a paragraph.
        case paragraph = 600
        /// After a heading, which is announced and then given room.
        case heading = 1000
        /// After each line of the contact card, time to write it down.
        case writeDown = 1500
    }

    /// Prepared for listening: what is spoken and what the script shows.
    public var words: String
    public var pause: Pause
    public var pace: Pace

    public init(_ words: String, pause: Pause, pace: Pace = .normal) {
        self.words = words
        self.pause = pause
        self.pace = pace
    }

    public var wordCount: Int { words.split(whereSeparator: \.isWhitespace).count }
}
