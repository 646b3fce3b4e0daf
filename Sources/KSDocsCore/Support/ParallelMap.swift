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

extension ParallelMap {
    /// `transform` applied to each item, in order, on all cores, for synchronous callers
    /// (such as `Codable` methods, which cannot await).
    static func mapSynchronously<Input: Sendable, Output: Sendable>(
        _ items: [Input], _ transform: @escaping @Sendable (Input) throws -> Output
    ) throws -> [Output] {
        if items.count < 64 { return try items.map(transform) }
        let chunks = min(items.count, ProcessInfoCores.count * 4)
        let chunkSize = (items.count + chunks - 1) / chunks
        var results = [Output?](repeating: nil, count: items.count)
        let failure = FirstFailure()
        results.withUnsafeMutableBufferPointer { buffer in
            let slots = Slots(buffer: buffer)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                for index in (chunk * chunkSize)..<min((chunk + 1) * chunkSize, items.count) {
                    do {
                        slots.buffer[index] = try transform(items[index])
                    } catch {
                        failure.record(error)
                        return
                    }
                }
            }
        }
        if let error = failure.error { throw error }
        return results.map { $0! }
    }

    /// Result slots written by concurrent iterations, each slot by exactly one of them.
    private struct Slots<Value>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<Value?>
    }

    /// The first error any iteration threw.
    private final class FirstFailure: @unchecked Sendable {
        private let lock = NSLock()
        private var first: (any Error)?

        var error: (any Error)? { lock.withLock { first } }

        func record(_ error: any Error) {
            lock.withLock { if first == nil { first = error } }
        }
    }
}

/// The number of cores to spread work over.
enum ProcessInfoCores {
    static var count: Int { ProcessInfo.processInfo.activeProcessorCount }
}
