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

/// The glyphs of one run of text on a line, gathered from its shaped pieces into flat arrays and
/// drawn with as few Cairo calls as fonts change: one `cairo_show_text_glyphs` per font.
struct GlyphRun {
    private var glyphs: [cairo_glyph_t] = []
    private var clusters: [cairo_text_cluster_t] = []
    private var utf8: [CChar] = []
    /// Where each change of font starts, in `glyphs`, `clusters` and `utf8`.
    private var fontStarts: [(font: ScaledFont, glyph: Int, cluster: Int, byte: Int)] = []

    /// Adds a piece whose left end is at `x` on the line whose baseline is at `baseline`, in page points.
    mutating func append(_ piece: ShapedText, x: Double, baseline: Double) {
        for segment in piece.segments ?? [] {
            if fontStarts.last?.font.pointer != segment.font.pointer {
                fontStarts.append((segment.font, glyphs.count, clusters.count, utf8.count))
            }
            for glyph in segment.glyphs {
                glyphs.append(cairo_glyph_t(index: glyph.index, x: glyph.x + x, y: glyph.y + baseline))
            }
            clusters.append(contentsOf: segment.clusters)
            utf8.append(contentsOf: segment.utf8)
        }
    }

    func draw(in graphics: GraphicsContext) {
        let cairo = graphics.pointer
        glyphs.withUnsafeBufferPointer { glyphs in
            clusters.withUnsafeBufferPointer { clusters in
                utf8.withUnsafeBufferPointer { utf8 in
                    for (index, start) in fontStarts.enumerated() {
                        let next = index + 1 < fontStarts.count
                            ? (fontStarts[index + 1].glyph, fontStarts[index + 1].cluster, fontStarts[index + 1].byte)
                            : (glyphs.count, clusters.count, utf8.count)
                        cairo_set_scaled_font(cairo, start.font.pointer)
                        cairo_show_text_glyphs(
                            cairo, utf8.baseAddress! + start.byte, Int32(next.2 - start.byte),
                            glyphs.baseAddress! + start.glyph, Int32(next.0 - start.glyph),
                            clusters.baseAddress! + start.cluster, Int32(next.1 - start.cluster),
                            cairo_text_cluster_flags_t(rawValue: 0))
                    }
                }
            }
        }
    }
}
