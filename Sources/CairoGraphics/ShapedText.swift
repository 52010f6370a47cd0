import CCairo
import CPango

/// A Cairo scaled font (one face at one size), held for as long as shaped text drawn in it is kept.
final class ScaledFont {
    let pointer: OpaquePointer

    /// Takes a reference of its own: the Pango font that lent the pointer may go before this does.
    init(borrowing pointer: OpaquePointer) {
        self.pointer = cairo_scaled_font_reference(pointer)
    }

    deinit { cairo_scaled_font_destroy(pointer) }
}

/// One piece of text (a word, a space, a label) as Pango shaped it once, kept so that drawing it
/// again on every line it appears needs no shaping: the glyphs, where each sits, and which bytes of
/// the text each stands for (so the PDF's text reads as written).
///
/// A document of a thousand pages repeats a few thousand distinct words; shaping each line again at
/// drawing time was a quarter of a build (issue 16).
struct ShapedText {
    /// Glyphs in one font, positioned from the text's start on its baseline, with their clusters
    /// (how many bytes of `utf8` and how many glyphs each cluster takes, in order).
    struct Segment {
        var font: ScaledFont
        var glyphs: [cairo_glyph_t]
        var clusters: [cairo_text_cluster_t]
        var utf8: [CChar]
    }

    /// The advance width, in points, as the layout measured it.
    var width: Double
    /// nil: the text needs Pango itself to draw it (right-to-left text, a character the font has no
    /// glyph for, or glyphs Pango draws in a way of its own).
    var segments: [Segment]?

    /// Reads the glyphs of a Pango layout holding `text` on one line.
    static func reading(_ line: UnsafeMutablePointer<PangoLayoutLine>, text: String, width: Double) -> ShapedText {
        ShapedText(width: width, segments: segments(of: line, text: Array(text.utf8CString.dropLast())))
    }

    private static func segments(of line: UnsafeMutablePointer<PangoLayoutLine>, text: [CChar]) -> [Segment]? {
        var segments: [Segment] = []
        var x = 0.0
        var covered = 0
        var run = line.pointee.runs
        while let node = run {
            run = node.pointee.next
            guard let glyphItem = node.pointee.data?.assumingMemoryBound(to: PangoGlyphItem.self).pointee,
                  let item = glyphItem.item, let glyphs = glyphItem.glyphs else { return nil }
            let analysis = item.pointee.analysis
            // Right-to-left runs list glyphs in visual order; Pango's own drawing handles them.
            guard analysis.level % 2 == 0, let font = analysis.font,
                  let scaled = pango_cairo_font_get_scaled_font(OpaquePointer(font)) else { return nil }
            let start = Int(item.pointee.offset)
            let length = Int(item.pointee.length)
            guard start == covered, start + length <= text.count else { return nil }
            let count = Int(glyphs.pointee.num_glyphs)
            guard count > 0, let infos = glyphs.pointee.glyphs, let logClusters = glyphs.pointee.log_clusters,
                  logClusters[0] == 0 else { return nil }
            var placed: [cairo_glyph_t] = []
            placed.reserveCapacity(count)
            var clusters: [cairo_text_cluster_t] = []
            var index = 0
            while index < count {
                let clusterStart = Int(logClusters[index])
                var end = index
                while end < count && logClusters[end] == logClusters[index] { end += 1 }
                let clusterEnd = end < count ? Int(logClusters[end]) : length
                guard clusterEnd > clusterStart else { return nil }
                for glyph in index..<end {
                    let info = infos[glyph]
                    // Empty glyphs (zero-width characters) and hex boxes for missing characters
                    // are Pango's to draw.
                    guard info.glyph & PANGO_GLYPH_UNKNOWN_FLAG == 0, info.glyph != PANGO_GLYPH_EMPTY else { return nil }
                    placed.append(cairo_glyph_t(
                        index: UInt(info.glyph),
                        x: x + Double(info.geometry.x_offset) / Double(PANGO_SCALE),
                        y: Double(info.geometry.y_offset) / Double(PANGO_SCALE)))
                    x += Double(info.geometry.width) / Double(PANGO_SCALE)
                }
                clusters.append(cairo_text_cluster_t(num_bytes: Int32(clusterEnd - clusterStart), num_glyphs: Int32(end - index)))
                index = end
            }
            segments.append(Segment(
                font: ScaledFont(borrowing: scaled), glyphs: placed, clusters: clusters,
                utf8: Array(text[start..<(start + length)])))
            covered = start + length
        }
        return covered == text.count ? segments : nil
    }
}

/// The glyphs of one run of text on a line, gathered from its shaped pieces and drawn with as few
/// Cairo calls as fonts change: one `cairo_show_text_glyphs` per font.
struct GlyphRun {
    private var segments: [ShapedText.Segment] = []

    /// Adds a piece whose left end is at `x` on the line whose baseline is at `baseline`, in page points.
    mutating func append(_ piece: ShapedText, x: Double, baseline: Double) {
        for segment in piece.segments ?? [] {
            var moved = segment
            for index in moved.glyphs.indices {
                moved.glyphs[index].x += x
                moved.glyphs[index].y += baseline
            }
            if let last = segments.last, last.font.pointer == segment.font.pointer {
                segments[segments.count - 1].glyphs += moved.glyphs
                segments[segments.count - 1].clusters += moved.clusters
                segments[segments.count - 1].utf8 += moved.utf8
            } else {
                segments.append(moved)
            }
        }
    }

    func draw(in graphics: GraphicsContext) {
        let cairo = graphics.pointer
        for segment in segments {
            cairo_set_scaled_font(cairo, segment.font.pointer)
            cairo_show_text_glyphs(
                cairo, segment.utf8, Int32(segment.utf8.count), segment.glyphs, Int32(segment.glyphs.count),
                segment.clusters, Int32(segment.clusters.count), cairo_text_cluster_flags_t(rawValue: 0))
        }
    }
}
