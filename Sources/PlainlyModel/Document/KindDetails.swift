/// What only a newsletter says about itself: which issue, when, and what is coming up.
public struct NewsletterDetails: Hashable, Sendable {
    /// "12", or "Special issue": written as the editors want it.
    public var issue: String?
    /// "Winter 2026".
    public var season: String?
    public var events: [DiaryEvent]
    /// In print, each article may start on a new page.
    public var articleStartsNewPage: Bool

    public init(issue: String? = nil, season: String? = nil, events: [DiaryEvent] = [], articleStartsNewPage: Bool = false) {
        self.issue = issue
        self.season = season
        self.events = events
        self.articleStartsNewPage = articleStartsNewPage
    }

    /// "Issue 12, Winter 2026", or whichever part of it is known.
    public var edition: String? {
        let issueText = issue.map(Wording.issue)
        let parts = [issueText, season].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
}

/// The cover block of a board paper: what meeting it is for and what the board is asked to do.
public struct PaperDetails: Hashable, Sendable {
    public var meeting: String?
    public var agendaItem: String?
    public var purpose: String?
    public var decisionNeeded: String?

    public init(meeting: String? = nil, agendaItem: String? = nil, purpose: String? = nil, decisionNeeded: String? = nil) {
        self.meeting = meeting
        self.agendaItem = agendaItem
        self.purpose = purpose
        self.decisionNeeded = decisionNeeded
    }

    public var isEmpty: Bool { [meeting, agendaItem, purpose, decisionNeeded].allSatisfy { $0 == nil } }
}
