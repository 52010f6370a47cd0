import CEspeakNG
import Foundation

/// eSpeak NG with the British English voice, wrapped once: text in, 16-bit mono samples out. No
/// eSpeak type or pointer leaves this file.
///
/// eSpeak keeps everything in globals (the voice, the rate, the one callback), so there is one
/// synthesizer per process, made on first use, and every call goes through its lock: two builds
/// speaking at once take turns.
public final class SpeechSynthesizer: @unchecked Sendable {
    /// Samples a second, as eSpeak makes them (22,050 for its voices).
    public let sampleRate: Int
    private let lock = NSLock()

    /// eSpeak's own bounds for its rate (`espeakRATE_MINIMUM`, `espeakRATE_MAXIMUM`), in its nominal
    /// words a minute; the writer keeps to a narrower range of its own.
    public static let rates = Int(espeakRATE_MINIMUM)...Int(espeakRATE_MAXIMUM)

    /// The voices tried in turn: Great Britain's English, then eSpeak's default English (the same
    /// voice in older data sets).
    static let voices = ["en-gb", "en"]

    /// The one synthesizer, or why there cannot be one (no eSpeak data, no English voice).
    public static let shared: Result<SpeechSynthesizer, SpeechError> = Result { () throws(SpeechError) in
        try SpeechSynthesizer()
    }

    private init() throws(SpeechError) {
        // nil: the data folder eSpeak was built with (Debian: /usr/lib/x86_64-linux-gnu/espeak-ng-data),
        // unless ESPEAK_DATA_PATH names another.
        espeak_ng_InitializePath(nil)
        var context: espeak_ng_ERROR_CONTEXT?
        let initialized = espeak_ng_Initialize(&context)
        espeak_ng_ClearErrorContext(&context)
        try Self.check(initialized, doing: "start eSpeak NG (is its data installed?)")
        try Self.check(
            espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, 0, nil), doing: "set eSpeak NG to hand back its samples")
        espeak_SetSynthCallback(collectSamples)
        var chosen = ENS_VOICE_NOT_FOUND
        for voice in Self.voices {
            chosen = espeak_ng_SetVoiceByName(voice)
            if chosen == ENS_OK { break }
        }
        try Self.check(chosen, doing: "choose the British English voice")
        sampleRate = Int(espeak_ng_GetSampleRate())
    }

    /// The samples for `text` (plain UTF-8, not SSML), spoken at `wordsPerMinute` (clamped to
    /// `rates`), with no pause added at the end.
    public func speak(_ text: String, wordsPerMinute: Int) throws(SpeechError) -> [Int16] {
        let collector = SampleCollector()
        let status: espeak_ng_STATUS = lock.withLock {
            let rate = min(max(wordsPerMinute, Self.rates.lowerBound), Self.rates.upperBound)
            let rateSet = espeak_ng_SetParameter(espeakRATE, Int32(rate), 0)
            guard rateSet == ENS_OK else { return rateSet }
            let context = Unmanaged.passUnretained(collector).toOpaque()
            return withExtendedLifetime(collector) {
                text.withCString { bytes in
                    espeak_ng_Synthesize(
                        bytes, strlen(bytes) + 1, 0, POS_CHARACTER, 0, UInt32(espeakCHARS_UTF8), nil, context)
                }
            }
        }
        try Self.check(status, doing: "speak the text")
        return collector.samples
    }

    private static func check(_ status: espeak_ng_STATUS, doing step: String) throws(SpeechError) {
        guard status != ENS_OK else { return }
        var buffer = [CChar](repeating: 0, count: 256)
        espeak_ng_GetStatusCodeMessage(status, &buffer, buffer.count)
        let message = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        throw SpeechError(message: "could not \(step): \(message)")
    }
}

/// Why speech could not be made, in words a person can act on.
public struct SpeechError: Error, Sendable, Equatable {
    public var message: String
}

/// Where eSpeak's callback puts the samples of the one synthesis under way (passed as its user data).
private final class SampleCollector {
    var samples: [Int16] = []
}

/// eSpeak calls this, on the caller's thread, with each block of samples; a null block ends the text.
private let collectSamples: @convention(c) (UnsafeMutablePointer<Int16>?, Int32, UnsafeMutablePointer<espeak_EVENT>?)
    -> Int32 = { samples, count, events in
        guard let samples, count > 0, let context = events?.pointee.user_data else { return 0 }
        let collector = Unmanaged<SampleCollector>.fromOpaque(context).takeUnretainedValue()
        collector.samples.append(contentsOf: UnsafeBufferPointer(start: samples, count: Int(count)))
        return 0  // 0: go on
    }
