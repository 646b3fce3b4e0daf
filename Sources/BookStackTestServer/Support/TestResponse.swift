import Foundation

/// An answer, plus what the transport layer should do with it.
struct TestResponse: Sendable {
    var status: Int
    var headers: [String: String] = [:]
    var body: Data = Data()
    /// Seconds to wait before answering.
    var delay: Double = 0
    /// Close the connection instead of answering.
    var drop = false

    static func json(_ status: Int, _ object: Any) -> TestResponse {
        let data =
            (try? JSONSerialization.data(
                withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return TestResponse(
            status: status, headers: ["Content-Type": "application/json"], body: data)
    }

    static func error(_ status: Int, _ message: String, validation: [String: [String]]? = nil)
        -> TestResponse
    {
        var inner: [String: Any] = ["message": message, "code": status]
        if let validation { inner["validation"] = validation }
        return json(status, ["error": inner])
    }

    static let noContent = TestResponse(status: 204)

    /// The web fallback for an unknown path: an HTML "Page Not Found" page.
    static let htmlNotFound = TestResponse(
        status: 404, headers: ["Content-Type": "text/html; charset=UTF-8"],
        body: Data(
            "<!DOCTYPE html><html><head><title>Not Found | BookStack</title></head><body><h1>Page Not Found</h1></body></html>"
                .utf8))
}
