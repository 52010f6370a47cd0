import Foundation

/// A length on the page in PostScript points (1/72 inch), the unit PDF and Cairo draw in.
///
/// A type of its own so that a millimetre, a pixel or a scale factor can never be passed where a
/// length is meant; scaling by a plain number is allowed, adding one is not.
public struct Points: Hashable, Comparable, Sendable, AdditiveArithmetic, CustomStringConvertible {
    public var value: Double

    public init(_ value: Double) { self.value = value }

    public static let zero = Points(0)

    public static func mm(_ millimetres: Double) -> Points { Points(millimetres * 72 / 25.4) }

    public var millimetres: Double { value * 25.4 / 72 }

    /// Rounded to 0.01 pt, the precision golden dumps compare at.
    public var description: String { String(format: "%.2f", (value * 100).rounded() / 100 + 0) }

    public static func < (a: Points, b: Points) -> Bool { a.value < b.value }
    public static func + (a: Points, b: Points) -> Points { Points(a.value + b.value) }
    public static func - (a: Points, b: Points) -> Points { Points(a.value - b.value) }
    public static func * (a: Points, factor: Double) -> Points { Points(a.value * factor) }
    public static func * (factor: Double, a: Points) -> Points { Points(a.value * factor) }
    public static func / (a: Points, divisor: Double) -> Points { Points(a.value / divisor) }
    /// How many times one length goes into another: a plain ratio.
    public static func / (a: Points, b: Points) -> Double { a.value / b.value }
    public static prefix func - (a: Points) -> Points { Points(-a.value) }
}

public struct Size: Hashable, Sendable {
    public var width: Points
    public var height: Points

    public init(width: Points, height: Points) {
        self.width = width
        self.height = height
    }

    /// Height divided by width; a picture keeps it whatever size it is drawn at.
    public var aspectRatio: Double { width.value > 0 ? height / width : 1 }
}

/// A rectangle with its origin at the top left, y growing down the page as people read.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
    public var x: Points
    public var y: Points
    public var width: Points
    public var height: Points

    public init(x: Points, y: Points, width: Points, height: Points) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    public var maxX: Points { x + width }
    public var maxY: Points { y + height }

    public func offsetBy(dy: Points) -> Rect { Rect(x: x, y: y + dy, width: width, height: height) }

    public var description: String { "\(x),\(y) \(width)x\(height)" }
}
