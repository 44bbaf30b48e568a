/// What a stretch of text is, for the stages after segmentation.
public enum SegmentKind: String, Sendable, CaseIterable {
    case text
    case headline
    case dateline
    case caption
    case credit
    case boilerplate
}

/// A paragraph or a sentence.
public struct Segment: Sendable, Equatable {
    public var range: TextRange
    public var kind: SegmentKind
    /// Index of the paragraph the segment belongs to (its own index for paragraphs).
    public var paragraph: Int
}

public enum TokenKind: UInt8, Sendable {
    case word
    case number
    case punctuation
}

/// A word, number or punctuation mark; compact because documents hold many of them.
public struct Token: Sendable, Equatable {
    public var start: Int32
    public var end: Int32
    public var kind: TokenKind

    public var range: TextRange { TextRange(start: Int(start), end: Int(end)) }
}

/// What the Segment stage adds.
public struct SegmentationLayer: AnnotationLayer {
    public var paragraphs: [Segment]
    public var sentences: [Segment]
    public var tokens: [Token]
}
