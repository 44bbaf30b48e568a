import ArgumentParser
import Foundation
import QuoteTrail

/// Which languages the Language stage may name.
struct LanguageOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Only name these languages (comma-separated BCP 47 codes, e.g. en,ru,uk), when the input is known to hold no others.",
        valueName: "codes"))
    var languages: String?

    @Option(name: .customLong("set"), help: ArgumentHelp("Override a scoring setting (name=value), for tuning.", visibility: .hidden))
    var overrides: [String] = []

    var codes: [String]? {
        languages.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
    }

    func validate() throws {
        guard let codes else { return }
        let known = LanguageIdentifier.Settings.knownLanguages
        guard !codes.isEmpty else { throw ValidationError("--languages names no language; known: " + known.joined(separator: ",")) }
        if let unknown = codes.first(where: { !known.contains($0) }) {
            throw ValidationError("unknown language '\(unknown)' in --languages; known: " + known.joined(separator: ","))
        }
    }

    func settings() throws -> LanguageIdentifier.Settings {
        var settings = LanguageIdentifier.Settings()
        settings.languages = codes.map(Set.init)
        for override in overrides {
            let parts = override.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let value = Float(parts[1]), settings.set(parts[0], to: value) else {
                throw ValidationError("cannot apply setting '\(override)'")
            }
        }
        return settings
    }
}

/// Options every subcommand that reads documents shares.
struct InputOptions: ParsableArguments {
    @Argument(help: "Files, directories (searched for *.txt, *.html, *.jsonl) or - for standard input.")
    var inputs: [String] = ["-"]

    @Option(name: .long, help: "Decode input bytes with this charset instead of detecting it (e.g. windows-1251, koi8-r).")
    var encoding: String?

    @Option(name: .customLong("input-format"), help: "Read inputs as text, html or jsonl instead of going by extension.")
    var inputFormat: InputFormat?

    func validate() throws {
        if let encoding, CharsetDecoder.canonicalCharset(encoding) == nil {
            throw ValidationError("unknown encoding '\(encoding)'")
        }
    }

    func makePipeline(languageSettings: LanguageIdentifier.Settings = .init(), detail: PipelineDetail = .full) throws -> Pipeline {
        try Pipeline(decoder: CharsetDecoder(forcedCharset: encoding.flatMap(CharsetDecoder.canonicalCharset)),
                     languageSettings: languageSettings, detail: detail)
    }

    /// Every record of every input, in order; failures stand in for what they replace.
    func forEachRecord(_ body: (Result<InputRecord, IngestError>) throws -> Void) rethrows {
        let reader = RecordReader(format: inputFormat)
        for source in InputCollector.collect(inputs) {
            switch source {
            case .failure(let error): try body(.failure(error))
            case .success(let source): try reader.read(source, body)
            }
        }
    }

    /// One operand naming a single file or standard input (not a directory, not a dump).
    var isSingleDocument: Bool {
        guard inputs.count == 1 else { return false }
        let path = inputs[0]
        var isDirectory: ObjCBool = false
        if path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue { return false }
        return (inputFormat ?? InputFormat.forPath(path) ?? .text) != .jsonLines
    }

    /// Runs the pipeline over every record in order: each failure prints its error record,
    /// each document goes to `body`. Returns the exit code the outcomes call for.
    func eachDocument(_ pipeline: Pipeline, output: OutputWriter, pretty: Bool = false,
                      _ body: (Document) throws -> Void) rethrows -> ExitCode {
        var tally = OutcomeTally()
        var workspace = PipelineWorkspace()
        try forEachRecord { record in
            switch record.flatMap({ pipeline.analyze($0, workspace: &workspace) }) {
            case .failure(let error):
                tally.record(error)
                output.write(pretty: pretty) { ErrorRecord(error).write(to: &$0) }
            case .success(let document):
                tally.recordSuccess()
                try body(document)
            }
        }
        output.flush()
        return tally.exitCode
    }
}

extension InputFormat: ExpressibleByArgument {}

/// Writes records to standard output; a closed pipe (`| head`) ends the program quietly.
final class OutputWriter {
    /// Records wait here and go out in large writes: one write(2) per record made the
    /// system call a tenth of `langid`'s time.
    private var pending = [UInt8]()
    private static let flushSize = 1 << 16

    init() {
        signal(SIGPIPE, SIG_IGN)
        pending.reserveCapacity(Self.flushSize + 4096)
    }

    deinit { flush() }

    /// Appends one JSON record that `body` writes, and its newline.
    func write(pretty: Bool, _ body: (inout JSONWriter) -> Void) {
        writeRecord { JSONWriter.write(into: &$0, pretty: pretty, body) }
    }

    func write(line: String) {
        writeRecord { $0.append(contentsOf: line.utf8) }
    }

    /// Appends one record that `body` writes as bytes, and its newline.
    func writeRecord(_ body: (inout [UInt8]) -> Void) {
        body(&pending)
        pending.append(0x0A)
        if pending.count >= Self.flushSize { flush() }
    }

    /// Writes out everything pending (also done when the writer goes away).
    func flush() {
        pending.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(STDOUT_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    // EPIPE: the reader went away; anything else: stdout is unusable.
                    if errno == EPIPE { Foundation.exit(0) }
                    Self.fail("cannot write output: \(String(cString: strerror(errno)))", code: 74)
                }
                offset += written
            }
        }
        pending.removeAll(keepingCapacity: true)
    }

    static func fail(_ message: String, code: Int32) -> Never {
        FileHandle.standardError.write(Data("quotetrail: \(message)\n".utf8))
        Foundation.exit(code)
    }
}

/// Tallies outcomes and picks the exit code.
struct OutcomeTally {
    private(set) var succeeded = 0
    private(set) var failures = [IngestError]()

    mutating func record(_ error: IngestError) {
        failures.append(error)
        FileHandle.standardError.write(Data("quotetrail: \(error.description)\n".utf8))
    }

    mutating func recordSuccess() { succeeded += 1 }

    /// 0 when all went well; the failure's own code when nothing succeeded and every failure
    /// is of one class; 1 when only some documents failed.
    var exitCode: ExitCode {
        guard !failures.isEmpty else { return .success }
        let codes = Set(failures.map(Self.code(for:)))
        if succeeded == 0, codes.count == 1, let only = codes.first { return ExitCode(only) }
        return ExitCode(1)
    }

    static func code(for error: IngestError) -> Int32 {
        switch error.kind {
        case .missingInput: 66
        case .readFailure: 74
        case .notText, .malformedRecord, .unknownEncoding, .unsupportedFormat, .processingFailure: 65
        }
    }
}
