#include "module_loader.h"

#include <dlfcn.h>

#include <cstdio>
#include <string>
#include <vector>

#include <linux/limits.h>
#include <unistd.h>

namespace sc {

namespace {

using ModuleMain = int (*)(int, char **);

// The folder that holds the running executable, from /proc: argv[0] may be a
// bare name found through PATH.
std::string executableDir()
{
    std::vector<char> buf(PATH_MAX + 1, '\0');
    const ssize_t n = ::readlink("/proc/self/exe", buf.data(), PATH_MAX);
    if (n <= 0)
        return ".";
    std::string path(buf.data(), size_t(n));
    const auto slash = path.rfind('/');
    return slash == std::string::npos ? std::string(".") : path.substr(0, slash);
}

} // namespace

int runModule(const char *name, int argc, char **argv)
{
    const std::string dir = executableDir();
    // Next to the executable in a build tree; in the library folder when
    // installed (SCORECARD_MODULE_DIR_FROM_BIN is relative to the binary).
    const std::vector<std::string> candidates = {
        dir + "/" + name + ".so",
        dir + "/" SCORECARD_MODULE_DIR_FROM_BIN "/" + name + ".so",
    };
    std::string errors;
    for (const std::string &path : candidates) {
        if (::access(path.c_str(), R_OK) != 0)
            continue;
        void *handle = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
        if (!handle) {
            errors = ::dlerror();
            break;
        }
        auto entry = reinterpret_cast<ModuleMain>(::dlsym(handle, "scorecard_module_main"));
        if (!entry) {
            errors = path + ": no entry point";
            break;
        }
        return entry(argc, argv);
    }
    if (errors.empty())
        errors = "not found next to the executable or in " SCORECARD_MODULE_DIR_FROM_BIN;
    std::fprintf(stderr, "scorecard: cannot load the %s module: %s\n", name, errors.c_str());
    return 74;
}

} // namespace sc
