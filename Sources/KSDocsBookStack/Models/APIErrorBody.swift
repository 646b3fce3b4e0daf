/// BookStack's error answer: `{"error": {"message", "code", "validation"?}}`,
/// or the move-failure shape `{"message", "status": "error"}`.
struct APIErrorBody: Decodable, Sendable {
    struct Inner: Decodable, Sendable {
        var message: String?
        var validation: [String: [String]]?
    }

    var error: Inner?
    var message: String?

    var text: String? { error?.message ?? message }
    var validation: [String: [String]] { error?.validation ?? [:] }
}
