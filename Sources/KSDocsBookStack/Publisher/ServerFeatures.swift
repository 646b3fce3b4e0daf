/// What the BookStack server offers, learnt from its answers (BookStack API §12).
struct ServerFeatures: Sendable {
    /// `/api/image-gallery` exists (v23.05+). nil until probed.
    var gallery: Bool?
    /// `priority` is honoured on page writes (v23.08+). nil until known; false without a gallery.
    var priority: Bool?

    /// Probes the gallery endpoint: an HTML 404 means the version predates it.
    static func probeGallery(_ client: BookStackClient) async throws -> Bool {
        do {
            let _: ListResponse<GalleryImage> = try await client.get(
                "/api/image-gallery", query: [("count", "1")])
            return true
        } catch let error as BookStackError where error.kind == .endpointMissing {
            return false
        }
    }
}
