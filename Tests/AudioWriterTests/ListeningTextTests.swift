import Testing
@testable import AudioWriter

/// Each row: what an author writes, and what the listener hears (and the narration script shows).
@Suite struct ListeningTextTests {
    static let examples: [(written: String, spoken: String)] = [
        // Money
        ("It costs £4.50 a week.", "It costs four pounds fifty a week."),
        ("We pay £25 for each meeting.", "We pay twenty-five pounds for each meeting."),
        ("A fee of £1.", "A fee of one pound."),
        ("Only £0.50 each.", "Only fifty pence each."),
        ("A stamp is 85p.", "A stamp is eighty-five pence."),
        ("The council saved £1,200.", "The council saved one thousand two hundred pounds."),
        ("A budget of £2.5m this year.", "A budget of two point five million pounds this year."),
        ("It was £4.05.", "It was four pounds five."),
        // Times
        ("Come at 2:30pm.", "Come at two thirty p m."),
        ("Doors open at 10am.", "Doors open at ten a m."),
        ("From 9.05 a.m. on Monday.", "From nine oh five a m on Monday."),
        ("The train leaves at 14:30.", "The train leaves at fourteen thirty."),
        ("Lunch is at 13:00.", "Lunch is at thirteen hundred."),
        // Dates
        ("On 12 March 2026 we meet.", "On the twelfth of March twenty twenty-six we meet."),
        ("Tuesday 3rd June", "Tuesday the third of June"),
        ("By 01/04/2027 please.", "By the first of April twenty twenty-seven please."),
        ("Since March 2005.", "Since March two thousand and five."),
        ("Open from May 21st.", "Open from May the twenty-first."),
        ("It began in 1999.", "It began in nineteen ninety-nine."),
        // Phone numbers, in groups, digit by digit
        ("Call 01632 960 418 today.", "Call oh one six three two, nine six oh, four one eight today."),
        ("Ring 020 7946 0000.", "Ring oh two oh, seven nine four six, oh oh oh oh."),
        ("Text 07700 900123.", "Text oh seven seven oh oh, nine oh oh, one two three."),
        ("Phone 01632960418.", "Phone oh one six three two, nine six oh, four one eight."),
        ("Or +44 20 7946 0000.", "Or plus four four, two oh, seven nine four six, oh oh oh oh."),
        ("In an emergency call 999.", "In an emergency call nine nine nine."),
        ("Call 111 for advice.", "Call one one one for advice."),
        // Numbers
        ("There are 3 groups.", "There are three groups."),
        ("About 105 people came.", "About one hundred and five people came."),
        ("We had 2,026 replies.", "We had two thousand and twenty-six replies."),
        ("It is 12.5 miles.", "It is twelve point five miles."),
        ("Over 60% agreed.", "Over sixty per cent agreed."),
        ("The 2nd meeting.", "The second meeting."),
        ("Ages 16-25 can join.", "Ages sixteen to twenty-five can join."),
        ("See No. 4 on the list.", "See number four on the list."),
        ("A 20 minute walk.", "A twenty minute walk."),
        // Abbreviations
        ("Ask Dr Patel.", "Ask Doctor Patel."),
        ("Dr. Jones will see you.", "Doctor Jones will see you."),
        ("Bring something, e.g. a letter.", "Bring something, for example a letter."),
        ("Bring ID, i.e. a passport.", "Bring ID, that is a passport."),
        ("Tea, coffee, etc.", "Tea, coffee, and so on."),
        ("Meet at St Mary's Church.", "Meet at Saint Mary's Church."),
        ("The office is on High St, Leeds.", "The office is on High Street, Leeds."),
        ("Mrs Begum and Mr Cole.", "Missus Begum and Mister Cole."),
        ("It takes 30 mins.", "It takes thirty minutes."),
        ("Tea & cake.", "Tea and cake."),
        ("We are at 4 Mill Rd.", "We are at four Mill Road."),
        // Addresses
        ("Email experts@brookfield.example.org today.", "Email experts at brookfield dot example dot org today."),
        ("Go to www.example.org.uk.", "Go to w w w dot example dot org dot uk."),
        ("See https://brookfield.example.org/experts.", "See brookfield dot example dot org slash experts."),
        ("Our postcode is BK1 7QT.", "Our postcode is B K one, seven Q T."),
        // Left alone
        ("We meet every month.", "We meet every month."),
        ("Print it on A4 paper.", "Print it on A4 paper."),
    ]

    @Test(arguments: examples)
    func isWrittenOutForListening(written: String, spoken: String) {
        #expect(ListeningText.prepare(written) == spoken)
    }

    @Test(arguments: [
        (0, "zero"), (7, "seven"), (13, "thirteen"), (40, "forty"), (99, "ninety-nine"), (100, "one hundred"),
        (101, "one hundred and one"), (1_000, "one thousand"), (1_005, "one thousand and five"),
        (21_300, "twenty-one thousand three hundred"), (1_000_001, "one million and one"),
        (999_999_999_999, "nine hundred and ninety-nine billion nine hundred and ninety-nine million nine hundred and ninety-nine thousand nine hundred and ninety-nine"),
    ])
    func cardinalNumbersAreBritish(number: Int, words: String) {
        #expect(NumberWords.cardinal(number) == words)
    }

    @Test func numbersAboveTheLimitAreReadDigitByDigit() {
        #expect(NumberWords.cardinal(NumberWords.largestInWords + 1) == nil)
        #expect(ListeningText.prepare("Ref 1234567890123") == "Ref one two three four five six seven eight nine oh one two three")
    }

    @Test(arguments: [
        (1, "first"), (2, "second"), (3, "third"), (5, "fifth"), (8, "eighth"), (9, "ninth"), (12, "twelfth"),
        (20, "twentieth"), (21, "twenty-first"), (100, "one hundredth"),
    ])
    func ordinals(number: Int, words: String) {
        #expect(NumberWords.ordinal(number) == words)
    }

    @Test(arguments: [
        (1984, "nineteen eighty-four"), (1905, "nineteen oh five"), (1900, "nineteen hundred"),
        (2000, "two thousand"), (2007, "two thousand and seven"), (2010, "twenty ten"), (2026, "twenty twenty-six"),
    ])
    func years(number: Int, words: String) {
        #expect(NumberWords.year(number) == words)
    }
}
