/// A misbehaviour the test server can be told to show for its next requests.
public struct Fault: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Answer HTTP 500 without doing anything.
        case serverError
        /// Close the connection without an answer. With `afterApplying`, the request is carried out
        /// first (the client cannot know it happened).
        case dropConnection(afterApplying: Bool)
        /// Answer normally, after this many seconds.
        case slow(seconds: Double)
    }

    /// Which requests the fault hits.
    public enum Target: Sendable, Equatable {
        case any, reads, writes
    }

    public var kind: Kind
    /// How many matching requests it hits before it is spent.
    public var count: Int
    public var target: Target

    public init(_ kind: Kind, count: Int = 1, target: Target = .any) {
        self.kind = kind
        self.count = count
        self.target = target
    }

    func matches(method: String) -> Bool {
        switch target {
        case .any: return true
        case .reads: return method == "GET"
        case .writes: return method != "GET"
        }
    }
}
