public import Foundation

/// Where BookStack lives and the API token to use.
///
/// The secret is kept out of every description, debug description and
/// mirror: printing a `BookStackCredentials` never shows it.
public struct BookStackCredentials: Sendable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    /// The instance root (BookStack's APP_URL), without a trailing slash.
    public let baseURL: URL
    public let tokenID: String
    private let tokenSecret: String

    public init(baseURL: URL, tokenID: String, tokenSecret: String) {
        var text = baseURL.absoluteString
        while text.hasSuffix("/") { text.removeLast() }
        self.baseURL = URL(string: text) ?? baseURL
        self.tokenID = tokenID
        self.tokenSecret = tokenSecret
    }

    /// Reads `BOOKSTACK_URL`, `BOOKSTACK_TOKEN_ID` and `BOOKSTACK_TOKEN_SECRET`.
    ///
    /// Throws a ``BookStackError`` of kind `.configuration` (an environment
    /// error) naming the missing or malformed variable.
    public static func fromEnvironment(_ env: [String: String]) throws -> BookStackCredentials {
        func value(_ name: String) -> String? {
            guard let raw = env[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !raw.isEmpty
            else {
                return nil
            }
            return raw
        }
        let missing = ["BOOKSTACK_URL", "BOOKSTACK_TOKEN_ID", "BOOKSTACK_TOKEN_SECRET"].filter {
            value($0) == nil
        }
        if !missing.isEmpty {
            throw BookStackError(
                .configuration,
                "\(missing.joined(separator: ", ")) \(missing.count == 1 ? "is" : "are") not set. "
                    + "Set BOOKSTACK_URL to your BookStack address (e.g. https://wiki.example.com) and "
                    + "BOOKSTACK_TOKEN_ID / BOOKSTACK_TOKEN_SECRET to an API token "
                    + "(BookStack: your profile → API Tokens → Create Token)."
            )
        }
        let urlText = value("BOOKSTACK_URL") ?? ""
        guard let url = URL(string: urlText), let scheme = url.scheme?.lowercased(),
            scheme == "http" || scheme == "https", let host = url.host, !host.isEmpty
        else {
            throw BookStackError(
                .configuration,
                "BOOKSTACK_URL must be an http:// or https:// address such as https://wiki.example.com, "
                    + "got \"\(urlText.prefix(200))\"."
            )
        }
        if url.user != nil || url.password != nil {
            throw BookStackError(
                .configuration,
                "BOOKSTACK_URL must not contain a user name or password; "
                    + "put the API token in BOOKSTACK_TOKEN_ID and BOOKSTACK_TOKEN_SECRET."
            )
        }
        return BookStackCredentials(
            baseURL: url, tokenID: value("BOOKSTACK_TOKEN_ID") ?? "",
            tokenSecret: value("BOOKSTACK_TOKEN_SECRET") ?? "")
    }

    /// The `Authorization` header value. Only the client uses it, and only in a request header.
    var authorizationHeader: String { "Token \(tokenID):\(tokenSecret)" }

    public var description: String {
        "BookStack at \(baseURL.absoluteString) with token id \(tokenID)"
    }
    public var debugDescription: String { description }
    public var customMirror: Mirror {
        Mirror(
            self, children: ["baseURL": baseURL, "tokenID": tokenID, "tokenSecret": "<redacted>"])
    }
}
