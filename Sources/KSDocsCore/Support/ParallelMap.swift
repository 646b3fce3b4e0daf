import Foundation

/// Runs CPU-bound work over many items on every core, keeping the input order.
enum ParallelMap {
    /// `transform` applied to each item, in order. Items are handed out in
    /// chunks so each task does a useful amount of work.
    static func map<Input: Sendable, Output: Sendable>(
        _ items: [Input], _ transform: @escaping @Sendable (Input) -> Output
    ) async -> [Output] {
        if items.count < 2 { return items.map(transform) }
        let workers = max(1, ProcessInfoCores.count)
        let chunkSize = max(1, min(64, items.count / (workers * 4)))
        var results = [Output?](repeating: nil, count: items.count)
        await withTaskGroup(of: (Int, [Output]).self) { group in
            var start = 0
            while start < items.count {
                let range = start..<min(start + chunkSize, items.count)
                let slice = Array(items[range])
                group.addTask { (range.lowerBound, slice.map(transform)) }
                start = range.upperBound
            }
            for await (offset, outputs) in group {
                for (index, output) in outputs.enumerated() { results[offset + index] = output }
            }
        }
        return results.compactMap { $0 }
    }
}

/// The number of cores to spread work over.
enum ProcessInfoCores {
    static var count: Int { ProcessInfo.processInfo.activeProcessorCount }
}
