import Foundation

/// A request as the server state sees it: decoded path, query, lower-cased headers, raw body.
struct TestRequest: Sendable {
    var method: String
    var path: String
    var query: [(String, String)]
    var headers: [String: String]
    var body: Data

    func queryValue(_ name: String) -> String? { query.first { $0.0 == name }?.1 }

    var isWrite: Bool { method != "GET" && method != "HEAD" }

    /// Splits and percent-decodes `a=1&b=%5Bx%5D` (`+` is a space).
    static func parseQuery(_ text: String) -> [(String, String)] {
        text.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            func decode(_ s: String) -> String {
                s.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? s
            }
            return (decode(parts.first ?? ""), decode(parts.count > 1 ? parts[1] : ""))
        }
    }
}
