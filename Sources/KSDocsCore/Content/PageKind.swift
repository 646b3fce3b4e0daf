/// What a Markdown page is, decided by where it lives (DESIGN section 2).
public enum PageKind: String, Sendable, Equatable, Codable {
    /// `Content/index.md`.
    case home
    /// A page in a track folder (a folder with `_track.yml`).
    case lesson
    /// A page in `decisions/`.
    case decision
    /// A page in `troubleshooting/`.
    case troubleshootingCase = "case"
    /// `Content/roadmap.md`.
    case roadmap
    /// An `index.md` inside a folder: the content of that folder's index page.
    case folderIndex = "folder-index"
    /// Any other page.
    case page

    /// Front matter keys every page accepts.
    static let commonKeys = ["title", "summary", "updated", "tags", "draft", "order"]

    /// Front matter keys this kind accepts.
    var allowedKeys: [String] {
        switch self {
        case .lesson:
            return Self.commonKeys + ["time", "level", "prerequisites", "objectives", "services", "exam_objectives"]
        case .decision:
            return Self.commonKeys + ["decision", "status", "date", "options", "supersedes", "services"]
        case .troubleshootingCase:
            return Self.commonKeys + ["symptom", "cause", "services", "hosts", "severity", "date"]
        case .roadmap:
            return Self.commonKeys + ["certifications"]
        case .home, .folderIndex, .page:
            return Self.commonKeys + ["services"]
        }
    }

    /// "lesson pages", for messages.
    var displayName: String {
        switch self {
        case .home: return "the home page"
        case .lesson: return "lesson pages"
        case .decision: return "decision pages"
        case .troubleshootingCase: return "troubleshooting cases"
        case .roadmap: return "the roadmap"
        case .folderIndex: return "folder index pages"
        case .page: return "pages"
        }
    }
}
