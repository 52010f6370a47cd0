import CCairo
import CPango
import Foundation

/// The two weights text is set in. No italic: Plainly's documents never use it.
public enum TextWeight: Hashable, Sendable {
    case regular, bold
}

/// A Pango font map over a private fontconfig configuration, at 72 dpi so that a size in points is
/// a size in PDF units (Pango assumes 96 dpi, which would turn 18 pt into 24 pt).
final class FontMap {
    let pointer: UnsafeMutablePointer<PangoFontMap>
    let configuration: FontConfiguration

    init(configuration: FontConfiguration) throws(GraphicsError) {
        guard let map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT) else {
            throw .fontConfiguration("Pango has no FreeType font map")
        }
        pointer = map
        self.configuration = configuration
        pango_fc_font_map_set_config(OpaquePointer(map), configuration.pointer)
        pango_cairo_font_map_set_resolution(OpaquePointer(map), 72)
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(pointer)) }
}

/// A Pango context with hinting of metrics off, so widths measured are the widths drawn in the PDF.
final class TextContext {
    let pointer: OpaquePointer
    let fontMap: FontMap

    init(fontMap: FontMap) throws(GraphicsError) {
        guard let context = pango_font_map_create_context(fontMap.pointer) else {
            throw .fontConfiguration("Pango could not make a context")
        }
        pointer = context
        self.fontMap = fontMap
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        pango_cairo_context_set_resolution(context, 72)
        pango_context_set_language(context, pango_language_from_string("en-gb"))
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(pointer)) }
}

final class FontDescription {
    let pointer: OpaquePointer

    init(family: String, weight: TextWeight, size: Double) {
        pointer = pango_font_description_new()
        pango_font_description_set_family(pointer, family)
        pango_font_description_set_weight(pointer, weight == .bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_style(pointer, PANGO_STYLE_NORMAL)
        pango_font_description_set_absolute_size(pointer, size * Double(PANGO_SCALE))
    }

    deinit { pango_font_description_free(pointer) }
}

/// One Pango layout, reused for every piece of text in one font: set the text, measure or draw it.
final class TextLayout {
    let pointer: OpaquePointer
    let context: TextContext
    let font: FontDescription

    init(context: TextContext, font: FontDescription) {
        pointer = pango_layout_new(context.pointer)
        self.context = context
        self.font = font
        pango_layout_set_font_description(pointer, font.pointer)
        pango_layout_set_single_paragraph_mode(pointer, 1)
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(pointer)) }

    func setText(_ text: String) {
        text.withCString { pango_layout_set_text(pointer, $0, -1) }
    }

    /// The advance width of the text, in points.
    var width: Double {
        var logical = PangoRectangle()
        pango_layout_get_extents(pointer, nil, &logical)
        return Double(logical.width) / Double(PANGO_SCALE)
    }
}

/// Sets text in one family through Pango: measures it for the layout and draws it on a page.
/// Sizes and positions are in points.
public final class Typesetter {
    public let family: String
    private let context: TextContext
    private var layouts: [LayoutKey: TextLayout] = [:]
    /// Text a document repeats is shaped once: measured for the layout and kept for drawing.
    private var shapes: [WidthKey: ShapedText] = [:]

    private struct LayoutKey: Hashable {
        var weight: TextWeight
        var size: Double
    }

    private struct WidthKey: Hashable {
        var text: String
        var weight: TextWeight
        var size: Double
    }

    /// Loads the fonts in `fontsDirectory` through a private fontconfig configuration and checks
    /// that `family` is among them.
    public init(fontsDirectory: URL, family: String) throws(GraphicsError) {
        let configuration = try FontConfiguration(fontsDirectory: fontsDirectory)
        guard configuration.families.contains(family) else {
            throw .fontsMissing(directory: fontsDirectory.path, families: [family])
        }
        self.family = family
        context = try TextContext(fontMap: FontMap(configuration: configuration))
    }

    private func layout(_ weight: TextWeight, _ size: Double) -> TextLayout {
        let key = LayoutKey(weight: weight, size: size)
        if let known = layouts[key] { return known }
        let layout = TextLayout(context: context, font: FontDescription(family: family, weight: weight, size: size))
        layouts[key] = layout
        return layout
    }

    public func width(of text: String, weight: TextWeight, size: Double) -> Double {
        shape(text, weight: weight, size: size).width
    }

    private func shape(_ text: String, weight: TextWeight, size: Double) -> ShapedText {
        let key = WidthKey(text: text, weight: weight, size: size)
        if let known = shapes[key] { return known }
        let layout = layout(weight, size)
        layout.setText(text)
        let width = layout.width
        let shaped = pango_layout_get_line_readonly(layout.pointer, 0).map { ShapedText.reading($0, text: text, width: width) }
            ?? ShapedText(width: width, segments: nil)
        shapes[key] = shaped
        return shaped
    }

    /// Ascent and descent of the font at a size, in points.
    public func metrics(weight: TextWeight, size: Double) -> (ascent: Double, descent: Double) {
        let font = FontDescription(family: family, weight: weight, size: size)
        guard let metrics = pango_context_get_metrics(context.pointer, font.pointer, nil) else { return (size * 0.8, size * 0.2) }
        defer { pango_font_metrics_unref(metrics) }
        return (Double(pango_font_metrics_get_ascent(metrics)) / Double(PANGO_SCALE),
                Double(pango_font_metrics_get_descent(metrics)) / Double(PANGO_SCALE))
    }

    /// How many characters of `text` the font has no glyph for (they would print as boxes).
    public func missingGlyphs(in text: String, weight: TextWeight, size: Double) -> Int {
        let layout = layout(weight, size)
        layout.setText(text)
        return Int(pango_layout_get_unknown_glyphs_count(layout.pointer))
    }

    /// Draws text with its left end at `x` and its baseline at `baseline`: word by word from the
    /// shapes the layout measured, so that no line is shaped again. The words sit where the layout
    /// put them (each one's measured width after the last); text Pango must draw itself goes
    /// through Pango whole.
    public func draw(_ text: String, weight: TextWeight, size: Double, x: Double, baseline: Double, in graphics: GraphicsContext) {
        var run = GlyphRun()
        var pieceX = x
        for piece in Self.pieces(of: text) {
            let shaped = shape(piece, weight: weight, size: size)
            guard shaped.segments != nil else {
                drawThroughPango(text, weight: weight, size: size, x: x, baseline: baseline, in: graphics)
                return
            }
            run.append(shaped, x: pieceX, baseline: baseline)
            pieceX += shaped.width
        }
        run.draw(in: graphics)
    }

    /// The words and the single spaces between them, as the line breaker measured them.
    static func pieces(of text: String) -> [String] {
        var pieces: [String] = []
        var word: [UInt8] = []
        for byte in text.utf8 {
            // A space byte is never part of a longer UTF-8 sequence.
            if byte == 0x20 {
                if !word.isEmpty { pieces.append(String(decoding: word, as: UTF8.self)); word.removeAll(keepingCapacity: true) }
                pieces.append(" ")
            } else {
                word.append(byte)
            }
        }
        if !word.isEmpty { pieces.append(String(decoding: word, as: UTF8.self)) }
        return pieces
    }

    private func drawThroughPango(
        _ text: String, weight: TextWeight, size: Double, x: Double, baseline: Double, in graphics: GraphicsContext
    ) {
        let layout = layout(weight, size)
        if graphics.textContextGeneration != ObjectIdentifier(context) {
            pango_cairo_update_context(graphics.pointer, context.pointer)
            graphics.textContextGeneration = ObjectIdentifier(context)
        }
        layout.setText(text)
        guard let line = pango_layout_get_line_readonly(layout.pointer, 0) else { return }
        cairo_move_to(graphics.pointer, x, baseline)
        pango_cairo_show_layout_line(graphics.pointer, line)
    }
}
