import Readability
import Testing

/// Tricky cases for the sentence splitter, written for Plainly. Each case gives the text and the
/// sentences a careful reader would see, separated by " | ".
@Suite struct SentenceSplittingTests {
    static let cases: [(String, String)] = [
        ("Come in. Sit down.", "Come in. | Sit down."),
        ("Dr Patel will see you. Bring your letter.", "Dr Patel will see you. | Bring your letter."),
        ("Dr. Patel will see you now.", "Dr. Patel will see you now."),
        ("Mr. and Mrs. Khan live here. They moved in May.", "Mr. and Mrs. Khan live here. | They moved in May."),
        ("Ms. Jones and St. Mary's School came.", "Ms. Jones and St. Mary's School came."),
        ("Bring something to read, e.g. a book. We have tea.", "Bring something to read, e.g. a book. | We have tea."),
        ("Use plain words, e.g. Start instead of Commence.", "Use plain words, e.g. Start instead of Commence."),
        ("Bring proof, i.e. a bill or a bank letter.", "Bring proof, i.e. a bill or a bank letter."),
        ("We need cups, plates, etc. Bring what you can.", "We need cups, plates, etc. | Bring what you can."),
        ("We need cups, plates, etc. and some chairs.", "We need cups, plates, etc. and some chairs."),
        ("It costs approx. ten pounds.", "It costs approx. ten pounds."),
        ("See form no. 4 for details. Then sign it.", "See form no. 4 for details. | Then sign it."),
        ("The answer is no. We cannot do that.", "The answer is no. | We cannot do that."),
        ("Us vs. them is not helpful. Work together.", "Us vs. them is not helpful. | Work together."),
        ("The bus comes at 9 a.m. every day.", "The bus comes at 9 a.m. every day."),
        ("The bus comes at 9 a.m. It goes at 5 p.m. Be on time.", "The bus comes at 9 a.m. | It goes at 5 p.m. | Be on time."),
        ("J. K. Rowling wrote it. Read it.", "J. K. Rowling wrote it. | Read it."),
        ("Ask Mary J. Smith at reception.", "Ask Mary J. Smith at reception."),
        ("It costs £4.50 a week. That is cheap.", "It costs £4.50 a week. | That is cheap."),
        ("The rate went up by 2.5 per cent. Prices rose.", "The rate went up by 2.5 per cent. | Prices rose."),
        ("Meet at 10.30 in the hall. Tea is at 11.15.", "Meet at 10.30 in the hall. | Tea is at 11.15."),
        ("The date is 23.11.2026. Write it down.", "The date is 23.11.2026. | Write it down."),
        ("Come at 10:30. Do not be late.", "Come at 10:30. | Do not be late."),
        ("We have 1,200 members. Join us.", "We have 1,200 members. | Join us."),
        ("Go to www.example.org.uk. It has the form.", "Go to www.example.org.uk. | It has the form."),
        ("Read https://example.org/help.html today. It helps.", "Read https://example.org/help.html today. | It helps."),
        ("Email help@example.org.uk. We answer quickly.", "Email help@example.org.uk. | We answer quickly."),
        ("I waited... and waited.", "I waited... and waited."),
        ("I waited... Then the bus came.", "I waited... | Then the bus came."),
        ("I waited… Then the bus came.", "I waited… | Then the bus came."),
        ("She said, \"Stop.\" Then she left.", "She said, \"Stop.\" | Then she left."),
        ("\"Are you ready?\" she asked.", "\"Are you ready?\" she asked."),
        ("“Are you ready?” she asked. We were.", "“Are you ready?” she asked. | We were."),
        ("Is it free? Yes! It is free.", "Is it free? | Yes! | It is free."),
        ("What?! No way.", "What?! | No way."),
        ("1. Fill in the form. 2. Sign it. 3. Post it.", "Fill in the form. | Sign it. | Post it."),
        ("You can (if you want) bring a friend. They are welcome.", "You can (if you want) bring a friend. | They are welcome."),
        ("Call us (we are here 9 to 5.) Leave a message.", "Call us (we are here 9 to 5.) | Leave a message."),
        ("The U.S. team came. They liked it.", "The U.S. team came. | They liked it."),
        ("Our charity is Care Homes Ltd. We run 4 homes.", "Our charity is Care Homes Ltd. | We run 4 homes."),
        ("Prof. Lee spoke first. Dr Okafor spoke next.", "Prof. Lee spoke first. | Dr Okafor spoke next."),
        ("It was good.Very good.", "It was good. | Very good."),
        ("Take 2 tablets. 3 hours later take 2 more.", "Take 2 tablets. | 3 hours later take 2 more."),
        ("Where is the lift", "Where is the lift"),
        ("Don't worry. We'll help.", "Don't worry. | We'll help."),
        ("The meeting is on 5 Jan. We will send papers.", "The meeting is on 5 Jan. | We will send papers."),
        ("Cllr. Brown chairs the board.", "Cllr. Brown chairs the board."),
        ("", ""),
        ("...", ""),
    ]

    @Test(arguments: cases)
    func splits(text: String, expected: String) {
        let bytes = Array(text.utf8)
        let sentences = Tokeniser().sentences(in: text).map { sentence in
            String(decoding: bytes[sentence.range], as: UTF8.self)
        }
        #expect(sentences.joined(separator: " | ") == expected)
    }

    @Test func hasAtLeastFortyCases() {
        #expect(Self.cases.count >= 40)
    }
}
