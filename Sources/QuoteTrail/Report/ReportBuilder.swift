/// Builds the report of an analysed document, converting UTF-8 offsets to code points.
public enum ReportBuilder {
    public static func report(for document: Document) -> Report {
        let text = document.text
        let segmentation = document.layer(SegmentationLayer.self)
        let segments = (segmentation?.sentences ?? []).map { sentence in
            let span = text.codePointRange(sentence.range)
            return Report.SegmentRecord(
                start: span.lowerBound, end: span.upperBound, kind: sentence.kind, paragraph: sentence.paragraph,
                // Language identification is its own stage (not built yet): say so honestly.
                language: "und", confidence: 0, text: text.string(sentence.range))
        }
        let warnings = document.warnings.map { warning in
            let span = warning.range.map(text.codePointRange)
            return Report.WarningRecord(
                code: warning.code, start: span?.lowerBound, end: span?.upperBound,
                byteOffset: warning.inputByteOffset, text: warning.range.map(text.string), message: warning.message)
        }
        let metadata = document.metadata
        let info = Report.DocumentInfo(
            id: metadata.id, source: metadata.source, charset: metadata.charset,
            language: metadata.declaredLanguage ?? "und", publisher: nil, outlet: metadata.outlet,
            url: metadata.url, published: metadata.published, length: text.codePointCount)
        return Report(document: info, segments: segments, quotes: [], warnings: warnings)
    }
}
