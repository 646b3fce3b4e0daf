import Foundation

extension BookStackServerState {
    /// `/api/image-gallery` (v23.05+): list, multipart upload, read, delete.
    func gallery(_ request: TestRequest, id: Int?, token: APIToken) -> TestResponse {
        switch (request.method, id) {
        case ("GET", nil):
            return listing(
                galleryImages.map(imageJSON), fields: Self.listFields["image"] ?? [], request)
        case ("GET", let id?):
            guard let image = images[id] else { return .error(404, "Image not found") }
            return .json(200, imageJSON(image))
        case ("DELETE", let id?):
            guard images[id] != nil else { return .error(404, "Image not found") }
            images[id] = nil
            return .noContent
        case ("POST", nil):
            guard token.role.uploadImages else {
                return .error(403, "You do not have permission to perform the requested action.")
            }
            return upload(request)
        default:
            return methodNotAllowed(request.method)
        }
    }

    private func upload(_ request: TestRequest) -> TestResponse {
        guard
            let form = MultipartParser(
                body: request.body, contentType: request.headers["content-type"] ?? "")
        else {
            return .error(
                422, "The given data was invalid.",
                validation: ["image": ["The image field is required."]])
        }
        var errors: [String: [String]] = [:]
        let type = form.fields["type"] ?? ""
        if type.isEmpty {
            errors["type"] = ["The type field is required."]
        } else if type != "gallery" && type != "drawio" {
            errors["type"] = ["The selected type is invalid."]
        }
        let pageID = Int(form.fields["uploaded_to"] ?? "")
        if form.fields["uploaded_to"] == nil {
            errors["uploaded_to"] = ["The uploaded to field is required."]
        }
        let name = form.fields["name"]
        if let name, name.count > 180 {
            errors["name"] = ["The name must not be greater than 180 characters."]
        }
        guard let file = form.files["image"] else {
            errors["image"] = ["The image field is required."]
            return .error(422, "The given data was invalid.", validation: errors)
        }
        let ext = (file.fileName as NSString).pathExtension.lowercased()
        if !["jpeg", "jpg", "png", "gif", "webp"].contains(ext) {
            errors["image"] = ["The image must be a file of type: jpeg, jpg, png, gif, webp."]
        }
        if !errors.isEmpty { return .error(422, "The given data was invalid.", validation: errors) }
        guard let pageID, entities["page"]?[pageID] != nil else {
            return notFound("page", pageID ?? 0)
        }
        let image = addImage(name: name ?? file.fileName, ext: ext, pageID: pageID, data: file.data)
        return .json(200, imageJSON(image))
    }

    func addImage(name: String, ext: String, pageID: Int, data: Data) -> StoredImage {
        let id = nextImageID
        nextImageID += 1
        let path = "/uploads/images/gallery/2026-01/\(UUID().uuidString.prefix(8))-\(id).\(ext)"
        let image = StoredImage(
            id: id, name: name, url: appURL + path, path: path, uploadedTo: pageID, type: "gallery",
            data: data)
        images[id] = image
        return image
    }

    func imageJSON(_ image: StoredImage) -> [String: Any] {
        [
            "id": image.id, "name": image.name, "url": image.url, "path": image.path,
            "type": image.type,
            "uploaded_to": image.uploadedTo, "created_by": 1, "updated_by": 1,
            "thumbs": ["gallery": image.url, "display": image.url],
            "content": ["html": "<img src=\"\(image.url)\">", "markdown": "![](\(image.url))"],
        ]
    }

    /// Moves `src="data:image/...;base64,..."` images of a page into the gallery, as BookStack does on save.
    func extractDataImages(pageID: Int) {
        guard var page = entities["page"]?[pageID] else { return }
        var html = page.html
        while let start = html.range(of: "src=\"data:image/") {
            guard let end = html[start.upperBound...].firstIndex(of: "\"") else { break }
            let uri = String(html[html.index(start.lowerBound, offsetBy: 5)..<end])
            var replacement = ""
            if let comma = uri.firstIndex(of: ","),
                let data = Data(base64Encoded: String(uri[uri.index(after: comma)...]))
            {
                let mime = uri.dropFirst("data:image/".count).prefix { $0 != ";" }
                let ext = mime == "jpeg" ? "jpg" : String(mime)
                if ["jpg", "png", "gif", "webp"].contains(ext) {
                    replacement =
                        addImage(
                            name: "embedded-image.\(ext)", ext: ext, pageID: pageID, data: data
                        ).url
                }
            }
            html.replaceSubrange(start.lowerBound...end, with: "src=\"\(replacement)\"")
        }
        page.html = html
        store(page)
    }
}
