import Foundation

/// The scores in plain words, for people who do not know what a Flesch score is.
public enum ScoreSummary {
    /// "Reading age about 14. For the public, aim for 9."
    public static func readingAge(_ scores: Scores?, profile: CheckProfile) -> String {
        guard let scores else {
            return "Not enough text to score: scores need at least \(TextCounts.minimumWords) words."
        }
        let age = Int(max(5, scores.ukReadingAge).rounded())
        let target = profile.targetReadingAge
        let advice = age <= target ? "Good: for \(profile.audience), aim for \(target) or under." : "For \(profile.audience), aim for \(target)."
        return "Reading age about \(age). \(advice)"
    }

    /// Flesch's own bands (Flesch, 1948): "fairly hard".
    public static func ease(_ score: Double) -> String {
        switch score {
        case 90...: "very easy"
        case 80..<90: "easy"
        case 70..<80: "fairly easy"
        case 60..<70: "plain English"
        case 50..<60: "fairly hard"
        case 30..<50: "hard"
        default: "very hard"
        }
    }

    public static func number(_ value: Double, decimals: Int = 1) -> String {
        String(format: "%.\(decimals)f", value)
    }

    /// 1,234
    public static func count(_ value: Int) -> String {
        let digits = String(value)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return out
    }

    public static func countsLine(_ counts: TextCounts) -> String {
        guard counts.sentences > 0, counts.words > 0 else { return "No sentences to count." }
        let perSentence = Double(counts.words) / Double(counts.sentences)
        let perWord = Double(counts.syllables) / Double(counts.words)
        return "\(count(counts.words)) words in \(count(counts.sentences)) sentences: \(number(perSentence)) words a sentence, \(number(perWord, decimals: 2)) syllables a word."
    }

    public static func gradesLine(_ scores: Scores) -> String {
        var line = "US grades: Flesch-Kincaid \(number(scores.fleschKincaidGrade)), Gunning Fog \(number(scores.gunningFog)), SMOG \(number(scores.smog))"
        if let sample = scores.smogSample { line += " (30-sentence sample \(number(sample)))" }
        line += ", Coleman-Liau \(number(scores.colemanLiau)), ARI \(number(scores.automatedReadabilityIndex))."
        return line
    }

    public static func easeLine(_ scores: Scores) -> String {
        "Flesch reading ease \(number(scores.fleschReadingEase)) (0 is very hard, 100 very easy): \(ease(scores.fleschReadingEase))."
    }

    public static func findingsLine(errors: Int, warnings: Int, notes: Int) -> String {
        if errors + warnings + notes == 0 { return "No findings." }
        func plural(_ n: Int, _ word: String) -> String { "\(count(n)) \(word)\(n == 1 ? "" : "s")" }
        return [plural(errors, "error"), plural(warnings, "warning"), plural(notes, "note")].joined(separator: ", ") + "."
    }
}
