import Foundation

/// Turns file bytes into text, pointing at the first byte that is not UTF-8.
enum TextDecoding {
    /// Where a file stops being valid UTF-8.
    struct InvalidUTF8: Error {
        var line: Int
        var column: Int
    }

    /// The text of `bytes` with a leading byte-order mark dropped and CRLF/CR line ends made LF.
    static func decode(_ bytes: [UInt8]) -> Result<String, InvalidUTF8> {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard let text = String(validating: body, as: UTF8.self) else {
            return .failure(location(ofFirstInvalidByteIn: Array(body)))
        }
        // Looked for with memchr in the bytes: every page is read through here.
        let hasCarriageReturn = body.withUnsafeBufferPointer { bytes in
            guard let start = bytes.baseAddress else { return false }
            return memchr(start, 13, bytes.count) != nil
        }
        if !hasCarriageReturn { return .success(text) }
        return .success(text.replacingCRLF())
    }

    private static func location(ofFirstInvalidByteIn bytes: [UInt8]) -> InvalidUTF8 {
        var line = 1
        var column = 1
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput:
                return InvalidUTF8(line: line, column: column)
            case .error:
                return InvalidUTF8(line: line, column: column)
            }
        }
    }
}

extension String {
    /// The string with `\r\n` and lone `\r` turned into `\n`.
    func replacingCRLF() -> String {
        var output: [UInt8] = []
        output.reserveCapacity(utf8.count)
        var previousWasCR = false
        for byte in utf8 {
            if byte == 13 {
                output.append(10)
                previousWasCR = true
                continue
            }
            if byte == 10, previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            output.append(byte)
        }
        return String(decoding: output, as: UTF8.self)
    }
}
