import PlainlyModel
import Testing

@Suite struct CalendarDateTests {
    @Test func readsAndSpellsOutISODates() throws {
        let date = try #require(CalendarDate(iso: "2026-03-01"))
        #expect(date.spelledOut == "1 March 2026")
        #expect(date.iso == "2026-03-01")
    }

    @Test(arguments: ["2026-02-30", "2026-13-01", "26-01-01", "2026-1-1", "yesterday", "2025-02-29"])
    func refusesImpossibleDates(text: String) {
        #expect(CalendarDate(iso: text) == nil)
    }

    @Test func knowsLeapYears() {
        #expect(CalendarDate(iso: "2024-02-29") != nil)
        #expect(CalendarDate(iso: "2000-02-29") != nil)
        #expect(CalendarDate(iso: "1900-02-29") == nil)
    }
}
