/// `article-break:` in a newsletter: whether each article starts on a new page in print.
enum ArticleBreak: String, CaseIterable {
    case page, none
}
