import Foundation

/// One file of the built site.
struct OutputFile: Sendable {
    enum Contents: Sendable {
        case data(Data)
        /// Copied from this file as it is.
        case copy(URL)
        /// The previous build's file (its absolute path), unchanged: hard-linked (or copied) into the new output.
        case reuse(String)
    }

    /// Site path, e.g. `beginner/03-docker/index.html`.
    var path: String
    var contents: Contents

    static func text(_ path: String, _ text: String) -> OutputFile {
        OutputFile(path: path, contents: .data(Data(text.utf8)))
    }
}
