/// Where a build's files go: a staging folder swapped in at the end (`OutputWriter`),
/// or the output folder itself, updated file by file (`InPlaceOutput`).
protocol OutputSink: AnyObject, Sendable {
    /// Takes one file of the new site. Safe to call concurrently.
    func write(_ file: OutputFile) throws(BuildFailure)
    /// Makes the output folder the new site; `allPaths` lists every file of it.
    func commit(allPaths: [String]) throws(BuildFailure)
    /// Forgets everything written; the output folder stays as it was.
    func discard()
}

extension OutputSink {
    func write(_ files: [OutputFile]) throws(BuildFailure) {
        for file in files { try write(file) }
    }
}
