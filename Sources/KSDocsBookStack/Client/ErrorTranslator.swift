import Foundation

/// Turns a non-2xx BookStack answer into a ``BookStackError`` that says what to do.
enum ErrorTranslator {
    static func error(for response: HTTPResponseData, label: String, baseURL: URL, attempts: Int)
        -> BookStackError
    {
        let parsed = try? JSONDecoder().decode(APIErrorBody.self, from: response.body)
        let serverText = parsed?.text.map { " BookStack said: \"\($0.prefix(300))\"." } ?? ""
        let status = response.status
        switch status {
        case 401:
            return BookStackError(
                .unauthorized,
                "BookStack refused the API token (HTTP 401 on \(label)).\(serverText) Check BOOKSTACK_TOKEN_ID and "
                    + "BOOKSTACK_TOKEN_SECRET: they must be the id and secret of one API token "
                    + "(BookStack: your profile → API Tokens).",
                status: status)
        case 403:
            let text = parsed?.text ?? ""
            let advice: String
            if text.contains("permission to make API calls") {
                advice =
                    "The token's user has no API access: give one of its roles the \"Access system API\" "
                    + "permission (Settings → Roles)."
            } else if text.contains("expired") {
                advice = "The API token has expired: create a new one (your profile → API Tokens)."
            } else {
                advice =
                    "The token's user lacks permission for this item: give its role permission to "
                    + "create, update and delete shelves, books and pages, and to upload images."
            }
            return BookStackError(
                .forbidden, "BookStack denied \(label) (HTTP 403).\(serverText) \(advice)",
                status: status)
        case 422:
            let fields = (parsed?.validation ?? [:]).sorted { $0.key < $1.key }.map {
                field, messages in
                let text = messages.map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }
                return "\(field): \(text.joined(separator: ", "))"
            }
            let detail =
                fields.isEmpty
                ? (parsed?.text ?? "invalid data") : fields.joined(separator: "; ") + "."
            return BookStackError(
                .validation, "BookStack rejected \(label) (HTTP 422): \(detail)", status: status,
                validation: parsed?.validation ?? [:])
        case 404 where parsed?.text == nil:
            return BookStackError(
                .endpointMissing,
                "BookStack at \(baseURL.absoluteString) has no \(label) (HTTP 404, not an API answer). "
                    + "Either this BookStack version lacks the endpoint (ksdocs supports v23.01 and later) "
                    + "or BOOKSTACK_URL is not the root of the BookStack instance.",
                status: status)
        case 404:
            return notFound(label: label, serverText: serverText, status: status)
        case 500 where parsed?.text?.hasSuffix("not found") == true:
            return notFound(label: label, serverText: serverText, status: status)
        case 413:
            return BookStackError(
                .content,
                "BookStack refused \(label) as too large (HTTP 413). Make the page or its images smaller, "
                    + "or raise PHP's post_max_size/upload_max_filesize on the server.",
                status: status)
        case 429:
            return BookStackError(
                .rateLimited,
                "BookStack kept answering \(label) with HTTP 429 (too many requests). Wait a minute and run "
                    + "again, or raise API_REQUESTS_PER_MIN on the server.",
                status: status)
        case 500...599:
            return BookStackError(
                .server,
                "BookStack failed on \(label) with HTTP \(status) after \(attempts) attempt(s).\(serverText) "
                    + "Check the server's logs, then run again: the run picks up where it stopped.",
                status: status)
        default:
            return BookStackError(
                .server, "BookStack answered \(label) with unexpected HTTP \(status).\(serverText)",
                status: status)
        }
    }

    private static func notFound(label: String, serverText: String, status: Int) -> BookStackError {
        BookStackError(
            .notFound,
            "\(label): the item does not exist or this token cannot see it.\(serverText)",
            status: status)
    }
}
