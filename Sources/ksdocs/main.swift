import Foundation
import KSDocsCLI

#if canImport(Glibc)
    import Glibc

    /// glibc hands freed memory back to the system as soon as 128 KiB are free at the top
    /// of a heap, then asks for it again: a build allocates and frees in waves, and that
    /// made tens of thousands of `mprotect` calls. Keep freed memory for reuse instead (the
    /// process is short-lived). `mallopt` is looked up at run time: Swift's Glibc module
    /// does not include <malloc.h>; the numbers are its M_TRIM_THRESHOLD, M_TOP_PAD and
    /// M_MMAP_THRESHOLD.
    func keepFreedMemory() {
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(nil, "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
        _ = mallopt(-1, 512 << 20)
        _ = mallopt(-2, 64 << 20)
        _ = mallopt(-3, 256 << 20)
    }
    keepFreedMemory()
#endif

let code = await KSDocs.main(arguments: Array(CommandLine.arguments.dropFirst()))
exit(code)
