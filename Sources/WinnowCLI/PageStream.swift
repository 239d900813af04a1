import Foundation
import Winnow
import WinnowCrawl

/// One thing read from the inputs: a page or a problem to report.
enum StreamItem {
    case page(InputPage)
    case failure(InputFailure)
}

/// Reads every source one page at a time: HTML and text files whole (one page each), JSONL and
/// WARC files (plain or gzip) record by record, so memory holds one record, not one file.
struct PageStream {
    /// Sources still to open.
    private var sources: [InputSource]
    private let format: InputFormat
    private var current: (source: InputSource, reader: RecordReader)?
    /// A WARC record read after skipped junk, held while the skip is reported.
    private var resynchronized: WARCRecord?
    /// The longest JSONL line or WARC record block read; longer ones are skipped with a failure.
    private let maximumRecordBytes: Int

    /// A streaming reader over the source being read.
    private enum RecordReader {
        case jsonl(JSONLRecordReader<AnyByteStream>)
        case warc(WARCReader<AnyByteStream>)
    }

    /// A stream over `sources`, reading records of up to `maximumRecordBytes`.
    init(sources: [InputSource], format: InputFormat, maximumRecordBytes: Int = 64 << 20) {
        self.sources = sources.reversed()
        self.format = format
        self.maximumRecordBytes = maximumRecordBytes
    }

    /// The record cap that lets a page of `maximumPageBytes` through whole: twice the page (JSON
    /// escapes, HTTP headers) and never below the readers' 64 MiB default.
    static func recordBytes(forPagesOf maximumPageBytes: Int) -> Int {
        let (doubled, overflow) = maximumPageBytes.multipliedReportingOverflow(by: 2)
        return overflow ? Int.max : max(64 << 20, doubled)
    }

    /// The next page or failure, or `nil` when every source is read.
    mutating func next() -> StreamItem? {
        while true {
            // The reader is moved out of `current` (restored while the source has more), so its
            // buffer is not shared and reading does not copy it.
            switch current.take() {
            case (let source, .jsonl(var reader))?:
                if let item = next(from: &reader, source: source) { return item }
            case (let source, .warc(var reader))?:
                if let item = next(from: &reader, source: source) { return item }
            case nil: break
            }
            guard let source = sources.popLast() else { return nil }
            if let item = open(source) { return item }
        }
    }

    /// Opens a source: a single page is returned at once, a stream becomes `current`.
    private mutating func open(_ source: InputSource) -> StreamItem? {
        let opened: (stream: AnyByteStream, head: [UInt8])
        do {
            if case .file(let path) = source, !FileManager.default.isReadableFile(atPath: path) {
                return .failure(InputFailure(source: path, message: "permission denied"))
            }
            opened = try AnyByteStream.open(source)
        } catch {
            return .failure(InputFailure(source: source.name, message: "cannot read: \(error)"))
        }
        switch format == .auto ? StreamKind.detect(source, opened.head) : format {
        case .jsonl: current = (source, .jsonl(JSONLRecordReader(opened.stream, maximumLineLength: maximumRecordBytes)))
        case .warc: current = (source, .warc(WARCReader(opened.stream, maximumBlockLength: maximumRecordBytes)))
        case let kind:
            var stream = opened.stream
            var bytes: [UInt8] = []
            do {
                while let chunk = try stream.nextChunk() { bytes += chunk }
            } catch {
                return .failure(InputFailure(source: source.name, message: "cannot read: \(error)"))
            }
            return StreamKind.singlePage(bytes, kind: kind, from: source)
        }
        return nil
    }

    /// The next item of a JSONL source; `nil` at its end. An error ends the source.
    private mutating func next(from jsonl: inout JSONLRecordReader<AnyByteStream>, source: InputSource) -> StreamItem? {
        do {
            let result = try jsonl.next()
            current = (source, .jsonl(jsonl))
            switch result {
            case nil: return nil
            case .success(let record)?: return .page(Self.page(record, source: source))
            case .failure(let failure)?:
                return .failure(InputFailure(source: "\(source.name):\(failure.line)", message: failure.message))
            }
        } catch {
            return .failure(InputFailure(source: source.name, message: "\(error); the rest is skipped"))
        }
    }

    /// The next item of a WARC source; `nil` at its end. An error ends the source.
    private mutating func next(from warc: inout WARCReader<AnyByteStream>, source: InputSource) -> StreamItem? {
        do {
            while let record = try resynchronized.take() ?? warc.next() {
                if record.skippedBytesBefore > 0 {
                    var held = record
                    held.skippedBytesBefore = 0
                    resynchronized = held
                    current = (source, .warc(warc))
                    return .failure(InputFailure(source: "\(source.name):\(record.position)",
                        message: "\(record.skippedBytesBefore) bytes before this record are not a record "
                            + "(a Content-Length too short?); skipped"))
                }
                if !record.isComplete {
                    current = (source, .warc(warc))
                    return .failure(InputFailure(source: "\(source.name):\(record.position)",
                        message: "record of \(record.contentLength) bytes is larger than \(warc.maximumBlockLength); skipped"))
                }
                if let page = record.htmlPage(maximumBodyLength: warc.maximumBlockLength) {
                    current = (source, .warc(warc))
                    return .page(Self.page(page, source: source))
                }
            }
            return nil
        } catch {
            return .failure(InputFailure(source: source.name, message: "\(error); the rest is skipped"))
        }
    }

    private static func page(_ record: CrawlRecord, source: InputSource) -> InputPage {
        InputPage(page: record.page, source: "\(source.name):\(record.position)", directory: source.directory)
    }
}
