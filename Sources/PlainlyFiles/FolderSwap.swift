import Foundation

/// Swaps two folders in one step with Linux's `renameat2(RENAME_EXCHANGE)`: at every instant each
/// path names a whole folder. Looked up at run time because Glibc's Swift module does not declare it.
enum FolderSwap {
    private typealias RenameAt2 = @convention(c) (
        Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32
    ) -> Int32
    private static let exchangeFlag: UInt32 = 2  // RENAME_EXCHANGE, <linux/fs.h>

    private static let renameat2: RenameAt2? = dlsym(nil, "renameat2").map {
        unsafeBitCast($0, to: RenameAt2.self)
    }

    /// 0 on success, else the errno (EINVAL or ENOSYS where the file system cannot exchange).
    static func exchange(_ first: String, _ second: String) -> Int32 {
        guard let renameat2 else { return ENOSYS }
        return renameat2(AT_FDCWD, first, AT_FDCWD, second, exchangeFlag) == 0 ? 0 : errno
    }
}
