import Foundation

/// Parses a `multipart/form-data` body into fields and files.
struct MultipartParser {
    struct File: Sendable {
        var fileName: String
        var contentType: String
        var data: Data
    }

    var fields: [String: String] = [:]
    var files: [String: File] = [:]

    init?(body: Data, contentType: String) {
        guard let range = contentType.range(of: "boundary=") else { return nil }
        let boundary = contentType[range.upperBound...].trimmingCharacters(
            in: CharacterSet(charactersIn: "\" "))
        let delimiter = Data("--\(boundary)".utf8)
        var parts: [Data] = []
        var searchStart = body.startIndex
        var partStart: Data.Index?
        while let found = body.range(of: delimiter, in: searchStart..<body.endIndex) {
            if let start = partStart { parts.append(body[start..<found.lowerBound]) }
            partStart = found.upperBound
            searchStart = found.upperBound
        }
        for var part in parts {
            if part.starts(with: Data("\r\n".utf8)) { part = part.dropFirst(2) }
            guard let split = part.range(of: Data("\r\n\r\n".utf8)) else { continue }
            let head = String(decoding: part[part.startIndex..<split.lowerBound], as: UTF8.self)
            var content = part[split.upperBound...]
            if content.suffix(2) == Data("\r\n".utf8) { content = content.dropLast(2) }
            guard let name = Self.parameter("name", in: head) else { continue }
            if let fileName = Self.parameter("filename", in: head) {
                let type =
                    head.split(separator: "\r\n").first {
                        $0.lowercased().hasPrefix("content-type:")
                    }
                    .map {
                        $0.dropFirst("content-type:".count).trimmingCharacters(in: .whitespaces)
                    } ?? ""
                files[name] = File(fileName: fileName, contentType: type, data: Data(content))
            } else {
                fields[name] = String(decoding: content, as: UTF8.self)
            }
        }
    }

    private static func parameter(_ name: String, in head: String) -> String? {
        guard let range = head.range(of: " \(name)=\"") ?? head.range(of: ";\(name)=\"") else {
            return nil
        }
        let rest = head[range.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }
}
