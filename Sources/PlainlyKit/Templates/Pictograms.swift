/// Simple pictograms for starter templates: bold shapes, two colours, readable when small.
enum Pictograms {
    /// Two people talking, with a speech bubble.
    static let talking = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 120" width="120" height="120">
          <title>Two people talking</title>
          <rect width="120" height="120" fill="#ffffff"/>
          <circle cx="35" cy="58" r="12" fill="#1b365d"/>
          <path d="M17 104 q18 -36 36 0 z" fill="#1b365d"/>
          <circle cx="85" cy="58" r="12" fill="#1b365d"/>
          <path d="M67 104 q18 -36 36 0 z" fill="#1b365d"/>
          <rect x="40" y="10" width="44" height="26" rx="8" fill="#f2b705" stroke="#1b365d" stroke-width="3"/>
          <path d="M52 36 l-6 10 l14 -10 z" fill="#f2b705" stroke="#1b365d" stroke-width="3" stroke-linejoin="round"/>
        </svg>

        """
}
