/// Where a document came from and what its source declared about it.
public struct DocumentMetadata: Sendable, Equatable {
    /// File name without extension, or the dump record's id.
    public var id: String
    /// The file path, `-` for standard input, or `path:line` for a dump record.
    public var source: String
    /// The charset the bytes were decoded from (ICU's name, e.g. `windows-1251`).
    public var charset: String
    public var outlet: String?
    public var url: String?
    public var published: String?
    /// A BCP 47 tag the source declared (a dump field), not one we detected.
    public var declaredLanguage: String?

    public init(id: String, source: String, charset: String = "utf-8", outlet: String? = nil,
                url: String? = nil, published: String? = nil, declaredLanguage: String? = nil) {
        self.id = id
        self.source = source
        self.charset = charset
        self.outlet = outlet
        self.url = url
        self.published = published
        self.declaredLanguage = declaredLanguage
    }
}

/// Something a stage noticed that the reader should know; the text is still processed.
public struct DocumentWarning: Sendable, Equatable {
    /// A stable kebab-case code, e.g. `invalid-utf8`, `mojibake-repaired`, `mixed-script`.
    public var code: String
    /// Where in the decoded text, when the warning is about a place.
    public var range: TextRange?
    /// A byte offset in the input as read (before decoding), for decoding problems.
    public var inputByteOffset: Int?
    public var message: String

    public init(code: String, range: TextRange? = nil, inputByteOffset: Int? = nil, message: String) {
        self.code = code
        self.range = range
        self.inputByteOffset = inputByteOffset
        self.message = message
    }
}

/// A layer of standoff annotations one stage adds to a document.
public protocol AnnotationLayer: Sendable {}

/// A document: metadata, the immutable decoded text, and the layers stages have added.
///
/// Stages talk to each other only through this type: each reads the layers it needs and
/// adds its own. Layers are keyed by their type, so a stage asks for exactly what it uses.
public struct Document: Sendable {
    public let metadata: DocumentMetadata
    public let text: DecodedText
    public private(set) var warnings: [DocumentWarning]
    private var layers: [ObjectIdentifier: any AnnotationLayer] = [:]

    public init(metadata: DocumentMetadata, text: DecodedText, warnings: [DocumentWarning] = []) {
        self.metadata = metadata
        self.text = text
        self.warnings = warnings
    }

    public var id: String { metadata.id }

    public mutating func add<Layer: AnnotationLayer>(_ layer: Layer) {
        layers[ObjectIdentifier(Layer.self)] = layer
    }

    public func layer<Layer: AnnotationLayer>(_ type: Layer.Type) -> Layer? {
        layers[ObjectIdentifier(type)] as? Layer
    }

    public mutating func warn(_ warning: DocumentWarning) {
        warnings.append(warning)
    }
}
