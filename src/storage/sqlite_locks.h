#pragma once
// Keeps SQLite's file locks out of reach of the rest of the process.
//
// SQLite's unix VFS locks the database and its -shm with POSIX record locks,
// which belong to the process: closing ANY descriptor of the file releases
// them all. The app's Qt file dialogs open and close every file of the folder
// they list (QFileSystemModel's MIME sniffing), so browsing the database's
// folder silently dropped the app's locks; the next process to close the
// database then believed it was the last one and deleted the app's -wal and
// -shm, and everything the app wrote afterwards was lost. See
// docs/decisions.md.
//
// installLockGuard() replaces the VFS's fcntl() with one that takes the same
// locks as open-file-description locks (Linux F_OFD_SETLK), all on one
// descriptor per file that only this code holds. Such locks go only when that
// descriptor is closed, whatever else in the process opens and closes the
// file, and they conflict with other processes' POSIX locks exactly as
// before, so the sqlite3 shell and older Scorecards still interoperate.
namespace sc::sqlite {

// Idempotent; runs before main() through a static initializer in the storage
// library. Returns whether the guard is active (false on systems without OFD
// locks, or when SCORECARD_SQLITE_POSIX_LOCKS=1 turns it off, which only the
// regression test does to show the loss it prevents).
bool installLockGuard();
bool lockGuardActive();

} // namespace sc::sqlite
