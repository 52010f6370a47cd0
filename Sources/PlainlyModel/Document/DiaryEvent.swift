/// A date for the diary, from front matter `events:` (newsletters list what is coming up).
public struct DiaryEvent: Hashable, Sendable {
    public var date: CalendarDate
    /// As the author wrote it ("10:30am to 12 noon"): times are read, not calculated.
    public var time: String?
    public var place: String?
    public var what: String
    public var location: SourceLocation

    public init(
        date: CalendarDate, time: String? = nil, place: String? = nil, what: String,
        location: SourceLocation = .generated
    ) {
        self.date = date
        self.time = time
        self.place = place
        self.what = what
        self.location = location
    }
}
