import Foundation

extension BookStackServerState {
    /// Answers one request: faults, rate limit, authentication, then the endpoint.
    func handle(_ request: TestRequest) -> TestResponse {
        var response: TestResponse
        var after: Fault.Kind?
        if let index = faults.firstIndex(where: {
            $0.count > 0 && $0.matches(method: request.method)
        }) {
            faults[index].count -= 1
            let kind = faults[index].kind
            if faults[index].count == 0 { faults.remove(at: index) }
            switch kind {
            case .serverError:
                return finish(request, .error(500, "Server Error (injected fault)"))
            case .dropConnection(afterApplying: false):
                var dropped = TestResponse(status: 0)
                dropped.drop = true
                return finish(request, dropped)
            case .dropConnection(afterApplying: true), .slow:
                after = kind
            }
        }
        if let limited = rateLimit() {
            return finish(request, limited)
        }
        response = authenticateAndRoute(request)
        let remaining = max(0, configuration.rateLimit.requests - windowCount)
        response.headers["X-RateLimit-Limit"] = String(configuration.rateLimit.requests)
        response.headers["X-RateLimit-Remaining"] = String(remaining)
        switch after {
        case .dropConnection: response.drop = true
        case .slow(let seconds): response.delay = seconds
        default: break
        }
        return finish(request, response)
    }

    private func finish(_ request: TestRequest, _ response: TestResponse) -> TestResponse {
        records.append(
            RequestRecord(
                method: request.method, path: request.path,
                status: response.drop ? 0 : response.status))
        return response
    }

    /// Counts the request against the window (before authentication, as BookStack does); a 429 when over.
    private func rateLimit() -> TestResponse? {
        let now = Date()
        let limit = configuration.rateLimit
        if let start = windowStart, now.timeIntervalSince(start) < limit.window {
            windowCount += 1
        } else {
            windowStart = now
            windowCount = 1
        }
        guard windowCount > limit.requests, let start = windowStart else { return nil }
        let wait = max(1, Int((limit.window - now.timeIntervalSince(start)).rounded(.up)))
        var response = TestResponse.error(429, "Too Many Attempts.")
        response.headers["Retry-After"] = String(wait)
        response.headers["X-RateLimit-Reset"] = String(
            Int(start.timeIntervalSince1970 + limit.window))
        response.headers["X-RateLimit-Limit"] = String(limit.requests)
        response.headers["X-RateLimit-Remaining"] = "0"
        return response
    }

    private func authenticateAndRoute(_ request: TestRequest) -> TestResponse {
        let parts = request.path.split(separator: "/").map(String.init)
        guard parts.first == "api" else { return .htmlNotFound }
        guard let header = request.headers["authorization"] else {
            return .error(401, "No authorization token found on the request")
        }
        guard header.hasPrefix("Token "), header.contains(":") else {
            return .error(
                401,
                "An authorization token was found on the request but the format appeared incorrect")
        }
        let credentials = header.dropFirst("Token ".count).split(separator: ":", maxSplits: 1).map(
            String.init)
        guard let token = configuration.tokens.first(where: { $0.id == credentials.first }) else {
            return .error(
                401, "No matching API token was found for the provided authorization token")
        }
        guard credentials.count == 2, token.secret == credentials[1] else {
            return .error(401, "The secret provided for the given used API token is incorrect")
        }
        if token.expired { return .error(403, "The authorization token used has expired") }
        guard token.role.accessAPI else {
            return .error(
                403, "The owner of the used API token does not have permission to make API calls")
        }
        if request.body.count > configuration.maxBodyBytes {
            return .error(
                413,
                "The server cannot receive the provided amount of data. Try again with less data or a smaller file."
            )
        }
        return route(request, parts: Array(parts.dropFirst()), token: token)
    }

    private func route(_ request: TestRequest, parts: [String], token: APIToken) -> TestResponse {
        guard let resource = parts.first, parts.count <= 2 else { return .htmlNotFound }
        let id = parts.count == 2 ? Int(parts[1]) : nil
        if parts.count == 2 && id == nil { return .htmlNotFound }
        if resource == "search" {
            guard parts.count == 1 else { return .htmlNotFound }
            guard request.method == "GET" else { return methodNotAllowed(request.method) }
            return search(request)
        }
        if resource == "image-gallery" {
            guard configuration.version.hasGallery else { return .htmlNotFound }
            return gallery(request, id: id, token: token)
        }
        let types = [
            "shelves": "bookshelf", "books": "book", "chapters": "chapter", "pages": "page",
        ]
        guard let type = types[resource] else { return .htmlNotFound }
        let permission = "You do not have permission to perform the requested action."
        switch (request.method, id) {
        case ("GET", nil): return list(type, request)
        case ("POST", nil):
            guard token.role.create else { return .error(403, permission) }
            return create(type, request, token: token)
        case ("GET", let id?): return read(type, id: id)
        case ("PUT", let id?):
            guard entities[type]?[id] != nil else { return notFound(type, id) }
            guard token.role.update, !readOnly.contains("\(type)#\(id)") else {
                return .error(403, permission)
            }
            return update(type, id: id, request)
        case ("DELETE", let id?):
            guard entities[type]?[id] != nil else { return notFound(type, id) }
            guard token.role.delete, !readOnly.contains("\(type)#\(id)") else {
                return .error(403, permission)
            }
            deleteEntity(type, id: id)
            return .noContent
        default:
            return methodNotAllowed(request.method)
        }
    }

    func methodNotAllowed(_ method: String) -> TestResponse {
        .error(405, "The \(method) method is not supported for this route.")
    }

    /// 404 for books/chapters; pages/shelves: 404 from v23.06, HTTP 500 before (bookstack-api.md §4).
    func notFound(_ type: String, _ id: Int) -> TestResponse {
        switch type {
        case "book":
            return .error(
                404, "No query results for model [BookStack\\Entities\\Models\\Book] \(id)")
        case "chapter":
            return .error(
                404, "No query results for model [BookStack\\Entities\\Models\\Chapter] \(id)")
        default:
            let message = type == "page" ? "Page not found" : "Shelf not found"
            return .error(configuration.version.notFoundIs404 ? 404 : 500, message)
        }
    }

    /// The JSON object of a JSON body, or nil (with the 422 to send) when it is not one.
    func jsonBody(_ request: TestRequest) -> [String: Any]? {
        guard !request.body.isEmpty else { return [:] }
        return (try? JSONSerialization.jsonObject(with: request.body)) as? [String: Any]
    }
}
