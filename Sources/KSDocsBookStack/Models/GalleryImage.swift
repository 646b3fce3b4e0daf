/// An image of the gallery (`/api/image-gallery`, BookStack v23.05+).
public struct GalleryImage: Decodable, Sendable, Equatable {
    public var id: Int
    public var name: String
    public var url: String
    public var uploadedTo: Int?

    enum CodingKeys: String, CodingKey {
        case id, name, url
        case uploadedTo = "uploaded_to"
    }
}
