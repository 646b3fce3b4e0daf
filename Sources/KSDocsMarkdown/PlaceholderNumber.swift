/// The index in a placeholder (`<!--ksdocs-code:12-->`, `ksdocs-link:3`): decimal digits, at most 9.
enum PlaceholderNumber {
    /// The number whose digits start at `start` in `bytes`, and the index after its last digit;
    /// nil when no digit is there.
    static func read<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at start: Int) -> (value: Int, end: Int)?
    where Bytes.Index == Int {
        var cursor = start
        var value = 0
        while cursor < bytes.endIndex, cursor - start < 9, bytes[cursor] >= 48, bytes[cursor] <= 57 {
            value = value * 10 + Int(bytes[cursor] - 48)
            cursor += 1
        }
        return cursor > start ? (value, cursor) : nil
    }
}
