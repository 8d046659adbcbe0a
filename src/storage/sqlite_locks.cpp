#include "sqlite_locks.h"

#include <sqlite3.h>

#include <cerrno>
#include <cstdarg>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <mutex>
#include <set>
#include <sys/stat.h>
#include <unistd.h>

namespace sc::sqlite {

namespace {

#if defined(F_OFD_SETLK) && defined(F_OFD_GETLK) && defined(F_OFD_SETLKW)

using Fcntl = int (*)(int, int, ...);
using Close = int (*)(int);

Fcntl g_realFcntl = nullptr;
Close g_realClose = nullptr;
bool g_active = false;

using InodeKey = std::pair<dev_t, ino_t>;
struct Inode {
    int lockFd = -1;   // our duplicate of the first descriptor SQLite locked with
    std::set<int> fds; // SQLite's descriptors of the file that locked through us
};

std::mutex g_mutex;
std::map<InodeKey, Inode> g_inodes;
std::map<int, InodeKey> g_fdInode;

// The descriptor all of the process's locks on fd's file are taken through,
// or -1. Under g_mutex.
int lockFdFor(int fd)
{
    if (const auto it = g_fdInode.find(fd); it != g_fdInode.end())
        return g_inodes[it->second].lockFd;
    struct stat st;
    if (fstat(fd, &st) != 0)
        return -1;
    const InodeKey key{st.st_dev, st.st_ino};
    Inode &inode = g_inodes[key];
    if (inode.lockFd < 0) {
        // A duplicate shares fd's open file description; it is ours alone,
        // so nothing else in the process can close it. Above 2, like SQLite's.
        inode.lockFd = g_realFcntl(fd, F_DUPFD_CLOEXEC, 3);
        if (inode.lockFd < 0) {
            g_inodes.erase(key);
            return -1;
        }
    }
    inode.fds.insert(fd);
    g_fdInode[fd] = key;
    return inode.lockFd;
}

int guardedFcntl(int fd, int cmd, ...)
{
    va_list ap;
    va_start(ap, cmd);
    void *arg = va_arg(ap, void *); // as glibc forwards it: every fcntl argument fits
    va_end(ap);
    if (cmd != F_SETLK && cmd != F_SETLKW && cmd != F_GETLK)
        return g_realFcntl(fd, cmd, arg);
    int lockFd = -1;
    {
        std::lock_guard lock(g_mutex);
        lockFd = lockFdFor(fd);
    }
    if (lockFd < 0)
        return g_realFcntl(fd, cmd, arg);
    auto *request = static_cast<struct flock *>(arg);
    struct flock ofd = *request;
    ofd.l_pid = 0; // required for OFD locks
    const int ofdCmd = cmd == F_SETLK ? F_OFD_SETLK : cmd == F_SETLKW ? F_OFD_SETLKW : F_OFD_GETLK;
    const int rc = g_realFcntl(lockFd, ofdCmd, &ofd);
    if (rc == 0 && cmd == F_GETLK)
        *request = ofd;
    return rc;
}

int guardedClose(int fd)
{
    int lockFdToClose = -1;
    {
        std::lock_guard lock(g_mutex);
        if (const auto it = g_fdInode.find(fd); it != g_fdInode.end()) {
            const InodeKey key = it->second;
            g_fdInode.erase(it);
            Inode &inode = g_inodes[key];
            inode.fds.erase(fd);
            // SQLite closes a file's last descriptor only when the process
            // holds no lock on it (it keeps descriptors open until then), so
            // the locks' descriptor can go with it.
            if (inode.fds.empty()) {
                lockFdToClose = inode.lockFd;
                g_inodes.erase(key);
            }
        }
    }
    if (lockFdToClose >= 0)
        g_realClose(lockFdToClose);
    return g_realClose(fd);
}

bool install()
{
    const char *off = std::getenv("SCORECARD_SQLITE_POSIX_LOCKS");
    if (off && std::strcmp(off, "1") == 0)
        return false;
    if (sqlite3_initialize() != SQLITE_OK)
        return false;
    sqlite3_vfs *vfs = sqlite3_vfs_find("unix");
    if (!vfs || vfs->iVersion < 3 || !vfs->xGetSystemCall || !vfs->xSetSystemCall)
        return false;
    // The kernel must know OFD locks (Linux >= 3.15): probe on a pipe-free temp file.
    char probe[] = "/tmp/scorecard-ofd-XXXXXX";
    const int fd = mkstemp(probe);
    if (fd < 0)
        return false;
    unlink(probe);
    struct flock l {};
    l.l_type = F_WRLCK;
    l.l_whence = SEEK_SET;
    l.l_start = 0;
    l.l_len = 1;
    const bool supported = fcntl(fd, F_OFD_SETLK, &l) == 0;
    close(fd);
    if (!supported)
        return false;
    g_realFcntl = reinterpret_cast<Fcntl>(vfs->xGetSystemCall(vfs, "fcntl"));
    g_realClose = reinterpret_cast<Close>(vfs->xGetSystemCall(vfs, "close"));
    if (!g_realFcntl || !g_realClose)
        return false;
    // The unix VFSes share one table of system calls.
    if (vfs->xSetSystemCall(vfs, "fcntl", reinterpret_cast<sqlite3_syscall_ptr>(&guardedFcntl)) != SQLITE_OK)
        return false;
    if (vfs->xSetSystemCall(vfs, "close", reinterpret_cast<sqlite3_syscall_ptr>(&guardedClose)) != SQLITE_OK) {
        vfs->xSetSystemCall(vfs, "fcntl", reinterpret_cast<sqlite3_syscall_ptr>(g_realFcntl));
        return false;
    }
    g_active = true;
    return true;
}

#else

bool g_active = false;
bool install() { return false; }

#endif

// Before main(): before any connection of the process opens a file.
[[maybe_unused]] const bool g_installedAtStart = installLockGuard();

} // namespace

bool installLockGuard()
{
    static std::once_flag once;
    std::call_once(once, [] { install(); });
    return g_active;
}

bool lockGuardActive() { return g_active; }

} // namespace sc::sqlite
