/// Escaping for text placed in HTML and XML.
public enum HTMLEscaping {
    /// `text` with `& < > " '` escaped, safe in element content and in quoted attributes.
    public static func escape(_ text: String) -> String {
        var needs = false
        for byte in text.utf8 where byte == 38 || byte == 60 || byte == 62 || byte == 34 || byte == 39 {
            needs = true
            break
        }
        guard needs else { return text }
        // The five are ASCII: the bytes are copied, with each one replaced by its entity.
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case 38: output.append(contentsOf: [38, 97, 109, 112, 59])  // &amp;
            case 60: output.append(contentsOf: [38, 108, 116, 59])  // &lt;
            case 62: output.append(contentsOf: [38, 103, 116, 59])  // &gt;
            case 34: output.append(contentsOf: [38, 113, 117, 111, 116, 59])  // &quot;
            case 39: output.append(contentsOf: [38, 35, 51, 57, 59])  // &#39;
            default: output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
