/// One request as the server saw it, for assertions.
public struct RequestRecord: Sendable, Equatable {
    public var method: String
    public var path: String
    public var status: Int
}
