import PlainlyModel
import CairoGraphics
import PageLayout

/// Measures text for the layout with the same Pango setup that draws it, so lines break exactly
/// where the drawn text ends.
struct PangoMeasurer: TextMeasuring {
    let typesetter: Typesetter

    func width(of text: String, weight: FontWeight, size: Points) -> Points {
        Points(typesetter.width(of: text, weight: weight.textWeight, size: size.value))
    }

    func metrics(weight: FontWeight, size: Points) -> FontMetrics {
        let metrics = typesetter.metrics(weight: weight.textWeight, size: size.value)
        return FontMetrics(ascent: Points(metrics.ascent), descent: Points(metrics.descent))
    }
}

extension FontWeight {
    var textWeight: TextWeight { self == .bold ? .bold : .regular }
}
