import Foundation

/// Why the file system said no, as a short phrase a person understands (never a Cocoa error
/// number), for every command that reads or writes a file.
public enum FileSystemReason {
    public enum Action: Sendable {
        case reading, writing
    }

    public static func sentence(errno code: Int32, _ action: Action) -> String {
        switch (code, action) {
        case (ENOENT, .reading): "there is no such file"
        case (ENOENT, .writing): "the folder it goes in does not exist"
        case (EISDIR, .reading): "it is a folder"
        case (EISDIR, .writing): "it is a folder, not a file"
        case (ENOTDIR, _): "part of the path is a file, not a folder"
        case (EACCES, .reading), (EPERM, .reading): "permission denied; check who may read it"
        case (EACCES, .writing), (EPERM, .writing): "permission denied"
        case (ENOSPC, _), (EDQUOT, _): "the disk is full"
        case (EROFS, _): "the disk is read-only"
        case (EEXIST, _): "something with that name is already there"
        case (ELOOP, _): "its symbolic links go round in a circle"
        case (ENAMETOOLONG, _): "the name is too long"
        case (EIO, .reading): "the disk could not be read"
        default: String(cString: strerror(code)).lowercased()
        }
    }
}
