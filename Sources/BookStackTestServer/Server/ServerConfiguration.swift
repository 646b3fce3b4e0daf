import Foundation

/// A BookStack release the test server imitates (bookstack-api.md §12).
public struct BookStackVersion: Comparable, Sendable, CustomStringConvertible {
    public var major: Int
    public var minor: Int

    public init(_ major: Int, _ minor: Int) {
        self.major = major
        self.minor = minor
    }

    public static func < (a: Self, b: Self) -> Bool { (a.major, a.minor) < (b.major, b.minor) }
    public var description: String { String(format: "v%d.%02d", major, minor) }

    // swift-format-ignore: AlwaysUseLowerCamelCase
    /// Oldest supported: no image gallery, no `priority`, page/shelf not-found as HTTP 500.
    public static let v23_01 = BookStackVersion(23, 1)
    // swift-format-ignore: AlwaysUseLowerCamelCase
    /// Image-gallery API.
    public static let v23_05 = BookStackVersion(23, 5)
    // swift-format-ignore: AlwaysUseLowerCamelCase
    /// `raw_html`; not-found as 404.
    public static let v23_06 = BookStackVersion(23, 6)
    // swift-format-ignore: AlwaysUseLowerCamelCase
    /// `priority` on page/chapter writes.
    public static let v23_08 = BookStackVersion(23, 8)
    // swift-format-ignore: AlwaysUseLowerCamelCase
    /// `description_html`, descriptions up to 1900 characters.
    public static let v23_12 = BookStackVersion(23, 12)
    // swift-format-ignore: AlwaysUseLowerCamelCase
    public static let v24_10 = BookStackVersion(24, 10)

    var hasGallery: Bool { self >= .v23_05 }
    var notFoundIs404: Bool { self >= .v23_06 }
    var hasPriority: Bool { self >= .v23_08 }
    var descriptionLimit: Int { self >= .v23_12 ? 1900 : 1000 }
}

/// What a token's user may do (its roles' permissions, simplified to what the publisher touches).
public struct TokenRole: Sendable, Equatable {
    /// "Access system API".
    public var accessAPI: Bool
    public var create: Bool
    public var update: Bool
    public var delete: Bool
    /// `image-create-all`.
    public var uploadImages: Bool

    public init(
        accessAPI: Bool = true, create: Bool = true, update: Bool = true, delete: Bool = true,
        uploadImages: Bool = true
    ) {
        self.accessAPI = accessAPI
        self.create = create
        self.update = update
        self.delete = delete
        self.uploadImages = uploadImages
    }

    public static let admin = TokenRole()
    /// A role without "Access system API".
    public static let noAPI = TokenRole(accessAPI: false)
    /// API access but read-only.
    public static let viewer = TokenRole(
        create: false, update: false, delete: false, uploadImages: false)
}

/// One API token of the token table.
public struct APIToken: Sendable, Equatable {
    public var id: String
    public var secret: String
    public var userID: Int
    public var role: TokenRole
    public var expired: Bool

    public init(
        id: String, secret: String, userID: Int = 1, role: TokenRole = .admin, expired: Bool = false
    ) {
        self.id = id
        self.secret = secret
        self.userID = userID
        self.role = role
        self.expired = expired
    }
}

/// The per-client request limit: `requests` per `window` seconds (BookStack: 180 per 60).
public struct RateLimit: Sendable, Equatable {
    public var requests: Int
    public var window: Double

    public init(requests: Int, window: Double) {
        self.requests = requests
        self.window = window
    }

    public static let bookStackDefault = RateLimit(requests: 180, window: 60)
}

/// How the test server starts.
public struct TestServerConfiguration: Sendable {
    public var version: BookStackVersion
    public var tokens: [APIToken]
    public var rateLimit: RateLimit
    /// Largest accepted request body, like PHP's post_max_size (bigger → 413).
    public var maxBodyBytes: Int
    /// BookStack's own address (`APP_URL`), which every `url` in its answers starts with;
    /// nil: the address the server listens on. A wiki published over Tailscale or a local
    /// port and read at its public address has a different one.
    public var appURL: String?

    public init(
        version: BookStackVersion = .v24_10,
        tokens: [APIToken] = [APIToken(id: "test-id", secret: "test-secret")],
        rateLimit: RateLimit = .bookStackDefault, maxBodyBytes: Int = 8 << 20, appURL: String? = nil
    ) {
        self.version = version
        self.tokens = tokens
        self.rateLimit = rateLimit
        self.maxBodyBytes = maxBodyBytes
        self.appURL = appURL
    }
}
