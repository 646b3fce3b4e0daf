public import Foundation

/// An image of the gallery.
public struct StoredImage: Sendable, Equatable {
    public var id: Int
    public var name: String
    public var url: String
    public var path: String
    public var uploadedTo: Int
    public var type: String
    public var data: Data
}
