/// A lesson's time: the author's `time:` if given, otherwise computed from its
/// words and the commands in its explain blocks (DESIGN section 3).
public struct TimeEstimate: Sendable, Equatable, Codable {
    /// Minutes shown to the reader.
    public var minutes: Int
    /// Computed reading minutes (words ÷ reading speed).
    public var readingMinutes: Int
    /// Computed hands-on minutes (commands × minutes per command).
    public var handsOnMinutes: Int
    /// The author's `time:` when given.
    public var authored: Int?

    /// The computed estimate: ceil5(words / wpm + commands × minutesPerCommand).
    public static func computed(words: Int, commands: Int, wordsPerMinute: Int, minutesPerCommand: Int) -> TimeEstimate
    {
        let wpm = max(wordsPerMinute, 1)
        let reading = Int((Double(words) / Double(wpm)).rounded(.up))
        let handsOn = commands * max(minutesPerCommand, 0)
        let exact = Double(words) / Double(wpm) + Double(handsOn)
        let total = max(5, Int((exact / 5).rounded(.up)) * 5)
        return TimeEstimate(minutes: total, readingMinutes: reading, handsOnMinutes: handsOn, authored: nil)
    }

    /// The estimate with the author's `time:` taking precedence.
    public func withAuthored(_ minutes: Int?) -> TimeEstimate {
        guard let minutes else { return self }
        var copy = self
        copy.authored = minutes
        copy.minutes = minutes
        return copy
    }

    /// Whether the author's time is under half or over twice the computed one.
    public var authoredIsFarOff: Bool {
        guard let authored else { return false }
        let computed = max(5, Int((Double(readingMinutes + handsOnMinutes) / 5).rounded(.up)) * 5)
        return authored * 2 < computed || authored > computed * 2
    }

    /// The parts as shown: reading and hands-on minutes scaled so that they add up to
    /// `minutes` (the author's `time:` or the computed total rounded up to 5), in the
    /// proportion of the computed parts (all reading when nothing was computed).
    public var shownParts: (reading: Int, handsOn: Int) {
        let weight = readingMinutes + handsOnMinutes
        guard weight > 0 else { return (minutes, 0) }
        let handsOn = Int((Double(minutes) * Double(handsOnMinutes) / Double(weight)).rounded())
        return (minutes - handsOn, handsOn)
    }

    /// "~45 min · reading 12 min · hands-on 33 min": the parts add up to the total; a part
    /// of zero minutes is left out.
    public var label: String {
        let parts = shownParts
        var label = "~" + Self.format(minutes)
        if parts.reading > 0 { label += " · reading " + Self.format(parts.reading) }
        if parts.handsOn > 0 { label += " · hands-on " + Self.format(parts.handsOn) }
        return label
    }

    /// `45 min`, `1 h 30 min`, `2 h`.
    public static func format(_ minutes: Int) -> String {
        if minutes < 60 { return "\(minutes) min" }
        let hours = minutes / 60
        let rest = minutes % 60
        return rest == 0 ? "\(hours) h" : "\(hours) h \(rest) min"
    }

    /// Parses a `time:` value: `45m`, `1h30m`, `2h`, `1h 30m`, or a number of minutes.
    public static func parseMinutes(_ text: String) -> Int? {
        let trimmed = text.filter { $0 != " " }.lowercased()
        guard !trimmed.isEmpty else { return nil }
        if let minutes = Int(trimmed) { return minutes > 0 ? minutes : nil }
        var total = 0
        var number = ""
        var sawUnit = false
        var sawMinutes = false
        for character in trimmed {
            if character.isASCII, character.isNumber {
                number.append(character)
                continue
            }
            guard let value = Int(number) else { return nil }
            switch character {
            case "h" where !sawUnit:
                total += value * 60
            case "m" where !sawMinutes:
                total += value
                sawMinutes = true
            default:
                return nil
            }
            sawUnit = true
            number = ""
        }
        guard number.isEmpty, total > 0 else { return nil }
        return total
    }
}
