import CairoGraphics
import Foundation
import PageLayout
import PlainlyModel

/// Drawing the pages: whole on one surface, or, for a long document, in two halves on two cores.
extension PDFWriter {
    /// All the pages on one surface, on this thread.
    func drawWhole(
        _ pages: [Page], on canvas: Canvas, of document: Document
    ) throws(DocumentWriterError) -> (file: PDFFile, record: PageDrawer.Record) {
        var pdf: [UInt8]
        let record: PageDrawer.Record
        do {
            let surface = try makeSurface()
            setMetadata(of: surface, for: document)
            record = try PageDrawer(typesetter: canvas.typesetter, pictures: canvas.pictures.images).draw(pages, on: surface)
            pdf = try surface.finish()
        } catch {
            throw Self.failure(.drawing(error))
        }
        // Cairo's bytes are handed on, not copied, and freed once the post-pass has read them:
        // the uncompressed file, the parsed one and the finished one are never all held at once.
        do {
            return (try PDFFile(bytes: consume pdf), record)
        } catch {
            throw Self.failure(error)
        }
    }

    /// The pages before `secondStart` on this thread and the rest on another, each on a surface,
    /// typesetter and set of pictures of its own, then joined into one file (`JoinedHalves`).
    /// Drawing is most of a long build's time and Cairo draws on one core, so this nearly halves it.
    /// Throws when anything goes wrong; the caller then draws the pages whole.
    func drawInHalves(
        _ pages: [Page], at secondStart: Int, on canvas: Canvas, of realized: RealizedDocument
    ) throws -> (file: PDFFile, record: PageDrawer.Record) {
        // Nothing of Cairo's, Pango's or librsvg's is shared between the two threads: the second
        // has its own fonts (shaping again the few thousand words it draws costs less than the two
        // threads contending for one set of fonts, measured), and its own pictures.
        let secondDrawer = PageDrawer(
            typesetter: try Typesetter(fontsDirectory: options.fontsDirectory, family: Self.fontFamily),
            pictures: PictureLibrary(document: realized.document, pictures: realized.pictures).images)
        let surfaceSize = options.paper.size
        let second = OtherThread { () throws -> (bytes: [UInt8], record: PageDrawer.Record) in
            let surface = try PDFSurface(width: surfaceSize.width.value, height: surfaceSize.height.value)
            let record = try secondDrawer.drawPages(pages[secondStart...], on: surface, firstPage: secondStart)
            return (try surface.finish(), record)
        }
        let first = Result { () throws -> (surface: PDFSurface, record: PageDrawer.Record) in
            let surface = try makeSurface()
            setMetadata(of: surface, for: realized.document)
            let record = try PageDrawer(typesetter: canvas.typesetter, pictures: canvas.pictures.images)
                .drawPages(pages[..<secondStart], on: surface, firstPage: 0)
            return (surface, record)
        }
        // Waited for whatever happened here, so the second thread never outlives this call.
        let later = try second.wait()
        let (surface, firstRecord) = try first.get()
        var record = firstRecord
        record.append(later.record)
        // Bookmarks go to named destinations, which may be in either half once they are joined.
        PageDrawer.addOutline(record.headings, to: surface)
        return (try JoinedHalves.join(try surface.finish(), later.bytes), record)
    }

    func makeSurface() throws(GraphicsError) -> PDFSurface {
        let size = options.paper.size
        return try PDFSurface(width: size.width.value, height: size.height.value)
    }
}
