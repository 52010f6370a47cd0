/// The page's CSS: calm, large, high-contrast and the same on every page Plainly writes.
///
/// Written for people with learning disabilities or low vision: Atkinson Hyperlegible at 20 px or
/// more, line height 1.5, about 60 characters a line, left-aligned with no justification, no
/// hyphenation and no italics; text contrast of at least 7:1 in light, dark and more-contrast
/// modes; a picture beside each easy-read row, smaller on narrow screens (a slot moves above); no
/// horizontal scrolling at 320 CSS px; a print stylesheet for A4 that never splits a row.
struct Stylesheet: Sendable {
    let text: String

    /// `fontFaces` are the fonts' addresses as seen from the stylesheet itself.
    init(fontFaces: [(url: String, weight: Int)]) {
        var css = "/* Plainly: easy-read web page. */\n"
        for face in fontFaces {
            css += """
                @font-face {
                  font-family: "Atkinson Hyperlegible";
                  src: url("\(face.url)") format("truetype");
                  font-weight: \(face.weight);
                  font-style: normal;
                  font-display: swap;
                }

                """
        }
        text = css + Self.rules
    }

    /// One switch for each of `NarrowTable.breakpoints`, for the screen only.
    static let narrowTableRules = NarrowTable.breakpoints.map { em in
        "@media screen and (max-width: \(em - 1).99em) {\n"
            + "  .narrow-below-\(em) > .table-scroll { display: none; }\n"
            + "  .narrow-below-\(em) > .table-rows { display: block; }\n}\n"
    }.joined(separator: "\n")

    static let rules = """
        :root {
          --text: #0b0c0c;
          --background: #ffffff;
          --link: #12428a;
          --visited: #4c2c92;
          --focus: #ffdd00;
          --focus-text: #0b0c0c;
          --rule: #505a5f;
          --muted: #f3f2f1;
          --slot: #f6f6f4;
          --note: #eaf2fb;
          --note-edge: #1d70b8;
          --important: #fdf1e3;
          --important-edge: #b35900;
          --tip: #e9f5ec;
          --tip-edge: #00703c;
          --warning: #fbeaea;
          --warning-edge: #b3261e;
          --picture-backing: transparent;
        }

        @media (prefers-color-scheme: dark) {
          :root {
            --text: #f2f2f2;
            --background: #121417;
            --link: #a9cbff;
            --visited: #d6bfff;
            --rule: #8a9199;
            --muted: #1e2227;
            --slot: #1c1f22;
            --note: #16263a;
            --note-edge: #6fa8ff;
            --important: #33230f;
            --important-edge: #e8a44c;
            --tip: #14291b;
            --tip-edge: #5fc28a;
            --warning: #361818;
            --warning-edge: #f08a80;
            /* Line drawings are often black on transparent: give them a light card to sit on. */
            --picture-backing: #ffffff;
          }
        }

        @media (prefers-contrast: more) {
          :root {
            --text: #000000;
            --background: #ffffff;
            --link: #00005c;
            --visited: #3b0066;
            --rule: #000000;
            --muted: #ffffff;
            --slot: #ffffff;
            --note: #ffffff;
            --important: #ffffff;
            --tip: #ffffff;
            --warning: #ffffff;
            --note-edge: #000000;
            --important-edge: #000000;
            --tip-edge: #000000;
            --warning-edge: #000000;
          }
        }

        @media (prefers-contrast: more) and (prefers-color-scheme: dark) {
          :root {
            --text: #ffffff;
            --background: #000000;
            --link: #c6dcff;
            --visited: #e6d9ff;
            --rule: #ffffff;
            --muted: #000000;
            --slot: #000000;
            --note: #000000;
            --important: #000000;
            --tip: #000000;
            --warning: #000000;
            --note-edge: #ffffff;
            --important-edge: #ffffff;
            --tip-edge: #ffffff;
            --warning-edge: #ffffff;
          }
        }

        *, *::before, *::after { box-sizing: border-box; }

        html {
          -webkit-text-size-adjust: 100%;
          text-size-adjust: 100%;
        }

        body {
          margin: 0 auto;
          max-width: 54rem;
          padding: 1rem 1.25rem 3rem;
          font-family: "Atkinson Hyperlegible", Verdana, Arial, sans-serif;
          font-size: 1.125rem;
          line-height: 1.5;
          color: var(--text);
          background: var(--background);
          text-align: left;
          -webkit-hyphens: manual;
          hyphens: manual;
          overflow-wrap: break-word;
        }

        body.easy-read { font-size: 1.25rem; }
        body.large-print { font-size: 1.375rem; }

        /* Easy read forbids italics: emphasis is bold, and nothing else slants. */
        em, i, cite, dfn, var, address, caption { font-style: normal; }
        em, dfn { font-weight: 700; }

        h1, h2, h3, h4, h5, h6 {
          line-height: 1.25;
          margin: 2em 0 0.5em;
          font-weight: 700;
        }
        h1 { font-size: 2em; margin-top: 0.5em; }
        h2 { font-size: 1.6em; }
        h3 { font-size: 1.3em; }
        h4, h5, h6 { font-size: 1.1em; }

        p, li, dd, dt, caption, .row-text { max-width: 60ch; }
        p { margin: 0 0 1em; }

        a { color: var(--link); text-decoration: underline; }
        a:visited { color: var(--visited); }
        a:hover { color: var(--text); }
        /* Addresses end a line at the <wbr> the writer puts after / . @ and -; only a piece longer
           than a whole line is broken anywhere. */
        a[href^="http"], a[href^="mailto"] { overflow-wrap: anywhere; }
        .whole { white-space: nowrap; }

        a:focus-visible {
          outline: 3px solid transparent;
          color: var(--focus-text);
          background: var(--focus);
          box-shadow: 0 -2px var(--focus), 0 4px var(--focus-text);
          text-decoration: none;
        }
        :focus-visible { outline: 4px solid var(--text); outline-offset: 3px; }

        .skip-link {
          position: absolute;
          left: 1rem;
          top: 0;
          padding: 0.5rem 1rem;
          transform: translateY(-150%);
        }
        .skip-link:focus { transform: none; }

        .title-page { border-bottom: 4px solid var(--rule); padding-bottom: 1rem; margin-bottom: 2rem; }
        .subtitle { font-size: 1.25em; }
        .title-detail, .date { margin-bottom: 0.5em; }
        /* A cover: what the document is made for, a large picture, and the organisation's logo. */
        .profile-name {
          display: inline-block;
          font-size: 1.4em;
          font-weight: 700;
          border: 3px solid var(--rule);
          padding: 0.25rem 0.75rem;
        }
        .cover-picture { margin: 0 0 1.5rem; max-width: 100%; }
        .cover-picture img {
          display: block;
          width: 100%;
          max-width: 36rem;
          max-height: 28rem;
          height: auto;
          object-fit: contain;
          object-position: left;
          background: var(--picture-backing);
        }
        .logo { margin: 1.5rem 0 1.25rem; }
        .logo img { display: block; max-width: 12rem; max-height: 6rem; width: auto; height: auto; background: var(--picture-backing); }
        .logo.cover-slot .slot { min-height: 4rem; max-width: 20rem; }
        .cover-picture.cover-slot .slot { max-width: 36rem; }

        nav ol { padding-left: 1.5em; }
        nav li { margin: 0.5em 0; }

        .by-line { font-weight: 700; }
        .draft-note { border: 3px solid var(--rule); background: var(--muted); padding: 0.5rem 0.75rem; }

        ul, ol { padding-left: 1.5em; margin: 0 0 1em; }
        li { margin: 0.4em 0; }
        li > ul, li > ol { margin-top: 0.4em; margin-bottom: 0; }

        /* An easy-read row: the picture on the left, short lines of text on the right. */
        .row {
          display: grid;
          grid-template-columns: 10rem minmax(0, 1fr);
          gap: 1.5rem;
          align-items: start;
          margin: 1.5rem 0 2rem;
        }
        .row-text p { margin: 0 0 0.5em; }
        .row-picture, .picture { max-width: 100%; }
        .row-picture img, .picture img {
          display: block;
          max-width: 100%;
          height: auto;
          background: var(--picture-backing);
          border-radius: 0.25rem;
        }
        .row-picture img { width: 100%; }
        .picture { margin: 1.5rem 0; }
        .picture img { max-height: 20rem; }

        .slot {
          display: flex;
          align-items: center;
          min-height: 10rem;
          margin: 0;
          padding: 0.75rem;
          border: 3px dashed var(--rule);
          background: var(--slot);
          overflow-wrap: anywhere;
        }
        .picture .slot { max-width: 20rem; }

        .callout {
          margin: 1.5rem 0;
          padding: 1rem 1.25rem;
          border-left: 0.5rem solid var(--note-edge);
          background: var(--note);
          max-width: 64ch;
        }
        .callout > :last-child { margin-bottom: 0; }
        .callout-title { font-weight: 700; font-size: 1.1em; margin-bottom: 0.5em; }
        .callout-important { border-color: var(--important-edge); background: var(--important); }
        .callout-warning { border-color: var(--warning-edge); background: var(--warning); }
        .callout-tip { border-color: var(--tip-edge); background: var(--tip); }

        .table-scroll { max-width: 100%; overflow-x: auto; margin: 1.5rem 0; }
        table { border-collapse: collapse; }
        caption { text-align: left; font-weight: 700; padding-bottom: 0.5rem; }
        th, td { border: 2px solid var(--rule); padding: 0.5rem 0.75rem; text-align: left; vertical-align: top; }
        th { background: var(--muted); }

        /* A table that would scroll on a phone is also written as a block a row, shown instead of it
           on a narrow screen (HTMLWriter's NarrowTable): display: none hides the other from screen
           readers too. Print always shows the table. */
        .table-rows { display: none; margin: 1.5rem 0; }
        .table-rows-caption { font-weight: 700; }
        .table-rows ul { list-style: none; padding-left: 0; }
        .table-rows li { border-left: 0.4rem solid var(--rule); padding: 0.25rem 0 0.25rem 0.75rem; margin: 0 0 1.25rem; }
        .table-rows li p { margin: 0 0 0.25em; }

        .hard-words dl, .contact { margin: 0; }
        .hard-words dl > div { margin: 0 0 1.25em; max-width: 60ch; }
        .hard-words dt { font-size: 1.1em; }
        dd { margin: 0; }
        a.hard-word { font-weight: 700; }

        footer { border-top: 4px solid var(--rule); margin-top: 3rem; padding-top: 0.5rem; }
        .contact > div { margin: 0 0 0.75em; }
        .contact dt { font-weight: 700; }

        @media (max-width: 30em) {
          body { padding: 0.75rem 1rem 2rem; }
          /* Easy read keeps the picture on the left of its words on a phone too, smaller, with the
             same space between every row. */
          .row { grid-template-columns: 5.5rem minmax(0, 1fr); gap: 1rem; }
          /* A slot is words, not a picture: in so narrow a column they would split, so a row still
             waiting for its picture shows the slot across the screen, above its text. */
          .row-waiting { grid-template-columns: minmax(0, 1fr); gap: 0.75rem; }
          .row-picture.row-slot { width: auto; max-width: 22rem; }
          .row-slot .slot { overflow-wrap: normal; }
          h1 { font-size: 1.75em; }
          h2 { font-size: 1.45em; }
        }

        \(narrowTableRules)
        @media (prefers-reduced-motion: no-preference) {
          html { scroll-behavior: smooth; }
        }

        @media (prefers-reduced-motion: reduce) {
          *, *::before, *::after { animation: none !important; transition: none !important; scroll-behavior: auto !important; }
        }

        /* Windows high-contrast themes replace colours; the focus mark must stay visible. */
        @media (forced-colors: active) {
          a:focus-visible { outline: 3px solid Highlight; }
        }

        @media print {
          @page { size: A4; margin: 2cm; }
          :root {
            --text: #000000;
            --background: #ffffff;
            --link: #000000;
            --visited: #000000;
            --picture-backing: transparent;
          }
          body { max-width: none; padding: 0; }
          .skip-link { display: none; }
          .row, .callout, .slot, .picture, tr, .hard-words dl > div, .contact > div, .draft-note { break-inside: avoid; }
          h1, h2, h3, h4, h5, h6, caption, .callout-title { break-after: avoid; }
          .table-scroll { overflow: visible; }
          a[href^="http"]::after { content: " (" attr(href) ")"; font-weight: 400; }
          footer { break-inside: avoid; }
          /* Printed easy read starts each part on a new page, after a title page of its own. */
          body.easy-read .part { break-before: page; }
        }

        """
}
