import Foundation

/// How long each step of a build took, printed to standard error when `KSDOCS_TIMINGS`
/// is set (`KSDOCS_TIMINGS=1 ksdocs build`, or `serve` for every rebuild): what a
/// profile of one rebuild would show first, without a profiler.
final class BuildTimings: @unchecked Sendable {
    private let enabled = ProcessInfo.processInfo.environment["KSDOCS_TIMINGS"] != nil
    private let lock = NSLock()
    private var last = DispatchTime.now().uptimeNanoseconds
    private var steps: [(String, UInt64, Int)] = []

    /// Ends the step called `name` (it began at the previous mark or at the start).
    func mark(_ name: String) {
        guard enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        let resident = Self.residentMegabytes()
        lock.withLock {
            steps.append((name, now - last, resident))
            last = now
        }
    }

    /// The process's resident memory now, in MiB (Linux: `/proc/self/statm`; else 0).
    private static func residentMegabytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE))) / (1 << 20)
    }

    /// Prints the steps as one line: `timings: load 12.3 ms, validate 1.2 ms, ...`.
    func report() {
        guard enabled else { return }
        let line = lock.withLock {
            steps.map { String(format: "%@ %.1f ms", $0.0, Double($0.1) / 1e6) }.joined(separator: ", ")
                + "; resident MB after each: " + steps.map { "\($0.0) \($0.2)" }.joined(separator: ", ")
        }
        FileHandle.standardError.write(Data("timings: \(line)\n".utf8))
    }
}
