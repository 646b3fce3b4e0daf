import Foundation

/// A `multipart/form-data` body, for image uploads.
struct MultipartForm {
    let boundary = "ksdocs-\(UUID().uuidString)"
    private(set) var body = Data()

    var contentType: String { "multipart/form-data; boundary=\(boundary)" }

    mutating func add(field name: String, value: String) {
        body.append(
            Data(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
                    .utf8))
    }

    mutating func add(file name: String, fileName: String, mimeType: String, data: Data) {
        let safeName = fileName.replacingOccurrences(of: "\"", with: "_")
        body.append(
            Data(
                ("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"; filename=\"\(safeName)\"\r\n"
                    + "Content-Type: \(mimeType)\r\n\r\n").utf8))
        body.append(data)
        body.append(Data("\r\n".utf8))
    }

    /// The body with its closing boundary.
    func finished() -> Data {
        var data = body
        data.append(Data("--\(boundary)--\r\n".utf8))
        return data
    }
}
