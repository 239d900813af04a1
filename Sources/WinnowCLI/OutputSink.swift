import Foundation

/// Where output goes: standard output or a file, through a buffer flushed in large writes.
final class OutputSink {
    /// Bytes collected before one write.
    static let bufferSize = 1 << 16

    private let handle: FileHandle
    private var buffer: [UInt8] = []

    /// Standard output.
    init() {
        handle = .standardOutput
    }

    /// A file, created or truncated.
    init(path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else {
            throw InputFailure(source: path, message: "cannot create the output file")
        }
        self.handle = handle
    }

    /// Writes a line (a newline is added).
    func line(_ text: String) {
        buffer += text.utf8
        buffer.append(0x0A)
        if buffer.count >= Self.bufferSize { flush() }
    }

    /// Writes a line made by appending bytes to the buffer (a newline is added).
    func line(_ append: (inout [UInt8]) -> Void) {
        append(&buffer)
        buffer.append(0x0A)
        if buffer.count >= Self.bufferSize { flush() }
    }

    /// Writes what is buffered.
    func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
