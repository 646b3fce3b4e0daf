import Foundation

extension PublishRun {
    /// Pass 1 creates the missing pages in site order (final when every link target and image is
    /// already known, else `pending`); pass 2 brings every page to its final content and hash.
    func publishPages() async throws {
        for item in inventory.all("page") { pageIDs[item.source] = item.id }
        let siteSources = Set(site.books.flatMap { $0.pages.map(\.source) })
        var plans: [PagePlan] = []
        for book in site.books {
            for (index, page) in book.pages.enumerated() {
                plans.append(
                    PagePlan(
                        bookSource: book.source, order: index + 1, page: page,
                        siteSources: siteSources))
            }
        }
        reportBrokenReferences(plans, siteSources: siteSources)

        var names: [String: String] = [:]
        var hashes: [String: String] = [:]
        var renames = Set<String>()
        var created = Set<String>()
        var claimed = Set<Int>()
        for plan in plans {
            var existing = inventory.item("page", source: plan.source)
            if existing == nil,
                let renamed = renamedPage(
                    for: plan, name: plan.page.name, siteSources: siteSources, claimed: claimed)
            {
                claimed.insert(renamed.id)
                step(.update, "page", plan.source, renamed.name, note: "renamed from \(renamed.source)")
                inventory.move(renamed, to: plan.source)
                pageIDs[plan.source] = renamed.id
                existing = inventory.item("page", source: plan.source)
                renames.insert(plan.source)
            }
            let bookID = bookIDs[plan.bookSource]
            let name = try await chooseName(
                plan.page.name, current: existing?.name, kind: "page", source: plan.source
            ) {
                guard let bookID else { return [] }
                return try await foreignPageNames(inBook: bookID)
            }
            names[plan.source] = name
            if let existing {
                hashes[plan.source] = existing.hash
                continue
            }
            created.insert(plan.source)
            step(.create, "page", plan.source, name)
            guard !dryRun, let bookID else { continue }
            try await ensureFeatures()
            let content = render(plan, name: name, galleryURLs: [:])
            let pending = !content.final || (features.gallery == true && !plan.uploadable.isEmpty)
            let hashValue = pending ? "pending" : content.digest
            // A pending page gets no images yet: inline ones would be stored twice, gallery ones need its id.
            let html =
                pending
                ? render(plan, name: name, galleryURLs: [:], images: false).html : content.html
            var payload = payload(plan, name: name, html: html)
            payload["book_id"] = .int(bookID)
            payload["tags"] = tags(source: plan.source, hash: hashValue)
            let record = try await within("creating page \(plan.source)") {
                try await createOnce(
                    "/api/pages", type: "page", source: plan.source, payload: payload)
            }
            checkPriority(sent: payload, answer: record)
            pageIDs[plan.source] = record.id
            hashes[plan.source] = hashValue
        }

        for plan in plans {
            guard let name = names[plan.source] else { continue }
            let content = render(plan, name: name, galleryURLs: [:])
            let isNew = created.contains(plan.source)
            if hashes[plan.source] == content.digest, !renames.contains(plan.source) {
                if !isNew { step(.unchanged, "page", plan.source, name) }
                continue
            }
            let existing = inventory.item("page", source: plan.source)
            if !isNew, !renames.contains(plan.source) {
                let moved = existing.map { $0.bookID != bookIDs[plan.bookSource] } ?? false
                let renamed = existing.map { $0.name != name } ?? false
                let note = [moved ? "moved to \(plan.bookSource)" : nil, renamed ? "renamed" : nil]
                    .compactMap { $0 }
                step(
                    .update, "page", plan.source, name,
                    note: note.isEmpty ? nil : note.joined(separator: ", "))
            }
            guard !dryRun, let pageID = pageIDs[plan.source], let bookID = bookIDs[plan.bookSource]
            else { continue }
            try await ensureFeatures()
            var urls: [String: String] = [:]
            if features.gallery == true && !plan.uploadable.isEmpty {
                urls = try await within("uploading images of \(plan.source)") {
                    // Only a page from an earlier run can hold images uploaded before.
                    try await uploadImages(plan, pageID: pageID, lookForExisting: !isNew)
                }
            }
            let final = render(plan, name: name, galleryURLs: urls)
            var payload = payload(plan, name: name, html: final.html)
            if let existing, existing.bookID != bookID { payload["book_id"] = .int(bookID) }
            payload["tags"] = tags(
                source: plan.source, hash: final.digest, keeping: existing?.otherTags ?? [])
            let record: EntityRecord = try await within("updating page \(plan.source)") {
                try await client.write("PUT", "/api/pages/\(pageID)", json: payload)
            }
            checkPriority(sent: payload, answer: record)
        }
    }

    /// The page's HTML to send and its hash. `final` is false while a linked page has no id yet.
    func render(_ plan: PagePlan, name: String, galleryURLs: [String: String], images: Bool = true)
        -> (html: String, digest: String, final: Bool)
    {
        let pageURL: (String) -> String? = { source in
            // A link to the page itself needs no URL: "#anchor" works before the page has an id.
            if source == plan.source { return "" }
            return self.pageIDs[source].map { "\(self.baseURL)/link/\($0)" }
        }
        let hashHTML = HTMLRewriter.resolve(plan.anchored, pageURL: pageURL) { path in
            plan.imageHashes[path].map { "ksdocs-image:\(path)@\($0)" }
        }
        let withDrawings = images ? InlineSVG.inline(in: plan.anchored, images: plan.images) : plan.anchored
        let html = HTMLRewriter.resolve(withDrawings, pageURL: pageURL) { path in
            guard images, let image = plan.images[path],
                let mime = PagePlan.mimeType(image.fileName)
            else { return nil }
            if self.features.gallery == true { return galleryURLs[path] }
            return "data:\(mime);base64,\(image.data.base64EncodedString())"
        }
        let digest = PageDigest(
            content: hash(["kind": .string("page"), "name": .string(name), "html": .string(hashHTML)]),
            placement: hash(["book": .string(plan.bookSource), "order": .int(plan.order)]))
        return (html, digest.tagValue, plan.links.allSatisfy { pageIDs[$0] != nil })
    }

    /// Name, html and (when the server honours it) priority.
    func payload(_ plan: PagePlan, name: String, html: String) -> [String: JSONValue] {
        // BookStack refuses a page without content (422): a page of front matter only, or an
        // interview page of a site without cards, gets a line saying so.
        let content = html.allSatisfy(\.isWhitespace) ? Self.emptyPageHTML : html
        var payload: [String: JSONValue] = ["name": .string(name), "html": .string(content)]
        if features.priority != false { payload["priority"] = .int(plan.order) }
        return payload
    }

    static let emptyPageHTML = "<p><em>This page has no content yet.</em></p>"

    /// A page whose source is gone but whose content is what `plan` would send: the same
    /// file under a new name. Its page is kept (id, links, comments) and moved to the new source.
    func renamedPage(for plan: PagePlan, name: String, siteSources: Set<String>, claimed: Set<Int>)
        -> RemoteInventory.Item?
    {
        let content = PageDigest(tagValue: render(plan, name: name, galleryURLs: [:]).digest)?.content
        return inventory.all("page").first { item in
            !siteSources.contains(item.source) && !claimed.contains(item.id)
                && PageDigest(tagValue: item.hash)?.content == content
        }
    }

    /// Learns what the server offers, once, before the first page write.
    func ensureFeatures() async throws {
        guard features.gallery == nil else { return }
        let gallery = try await ServerFeatures.probeGallery(client)
        features.gallery = gallery
        if !gallery {
            features.priority = false
            warn(
                "this BookStack has no image-gallery API (it is older than v23.05): images are sent inline "
                    + "and pages keep the order they were created in; upgrade BookStack to v23.08+ for both"
            )
        }
    }

    /// Notices a server that ignored `priority` (before v23.08) and stops sending it.
    func checkPriority(sent payload: [String: JSONValue], answer: EntityRecord) {
        guard case .int(let wanted) = payload["priority"], features.priority != false else {
            return
        }
        if let got = answer.priority, got != wanted {
            features.priority = false
            warn(
                "this BookStack ignores page priority (it is older than v23.08): new pages are placed in the "
                    + "order they are created, so pages inserted later appear at the end of their book"
            )
        } else {
            features.priority = true
        }
    }

    /// Uploads the page's images to the gallery (reusing ones uploaded by an earlier run); path → URL.
    func uploadImages(_ plan: PagePlan, pageID: Int, lookForExisting: Bool) async throws -> [String:
        String]
    {
        var existing: [String: String] = [:]
        if lookForExisting {
            let rows: [GalleryImage] = try await client.list(
                "/api/image-gallery", filters: [("filter[uploaded_to]", String(pageID))])
            for row in rows { existing[row.name] = row.url }
        }
        var urls: [String: String] = [:]
        for image in plan.uploadable {
            guard let hash = plan.imageHashes[image.path],
                let mime = PagePlan.mimeType(image.fileName)
            else { continue }
            let name = PagePlan.galleryName(image, hash: hash)
            if let url = existing[name] {
                urls[image.path] = url
                continue
            }
            var form = MultipartForm()
            form.add(field: "type", value: "gallery")
            form.add(field: "uploaded_to", value: String(pageID))
            form.add(field: "name", value: name)
            form.add(file: "image", fileName: image.fileName, mimeType: mime, data: image.data)
            let response = try await client.send(
                "POST", "/api/image-gallery", body: form.finished(), contentType: form.contentType,
                retrySafe: true)
            guard let uploaded = try? JSONDecoder().decode(GalleryImage.self, from: response.body)
            else {
                throw BookStackError(
                    .invalidResponse,
                    "BookStack's answer to an image upload is not the JSON expected")
            }
            urls[image.path] = uploaded.url
            existing[name] = uploaded.url
        }
        return urls
    }

    /// Lower-cased names of the pages and chapters in a book that ksdocs does not own.
    func foreignPageNames(inBook bookID: Int) async throws -> Set<String> {
        if let cached = foreignNames[bookID] { return cached }
        let book: EntityRecord = try await client.get("/api/books/\(bookID)")
        var names = Set<String>()
        for item in book.contents ?? [] {
            let type = item.type ?? "page"
            if !inventory.owns(type, id: item.id) { names.insert(item.name.lowercased()) }
            for page in item.pages ?? [] where !inventory.owns("page", id: page.id) {
                names.insert(page.name.lowercased())
            }
        }
        foreignNames[bookID] = names
        return names
    }

    /// Warns about links to pages outside the site and images the page does not provide.
    func reportBrokenReferences(_ plans: [PagePlan], siteSources: Set<String>) {
        for plan in plans {
            let references = HTMLRewriter.references(in: plan.anchored)
            for target in Set(references.pages) where !siteSources.contains(target) {
                warn(
                    "\(plan.source): link to '\(target)', which is not published to BookStack; it points nowhere"
                )
            }
            for path in plan.imagePaths {
                guard let image = plan.images[path] else {
                    warn("\(plan.source): image '\(path)' was not provided; it is left out")
                    continue
                }
                if PagePlan.mimeType(image.fileName) == nil, !InlineSVG.isSVG(image.fileName) {
                    warn(
                        "\(plan.source): BookStack only takes png, jpeg, gif, webp and (inline) svg images; '\(path)' is left out"
                    )
                }
            }
        }
    }
}
