#include "app/vzaps-desk/startup/FontWarmUp.h"

#include <dlfcn.h>

#include <thread>

namespace vzaps::desk::fontwarmup {

namespace {

// Joined at exit too: main() may return (a usage error, say) before wait() is called, and a
// std::thread destroyed unjoined ends the process with std::terminate.
struct Worker {
    std::thread thread;
    ~Worker()
    {
        if (thread.joinable())
            thread.join();
    }
};

std::thread &worker()
{
    static Worker worker;
    return worker.thread;
}

} // namespace

void start()
{
    if (worker().joinable())
        return;
    // Only when Qt itself uses fontconfig: the library is then already mapped (Qt Gui
    // links it), so RTLD_NOLOAD finds it without loading anything new.
    void *library = dlopen("libfontconfig.so.1", RTLD_LAZY | RTLD_NOLOAD);
    if (!library)
        return;
    using Init = int (*)();
    const auto init = reinterpret_cast<Init>(dlsym(library, "FcInit"));
    if (!init) {
        dlclose(library);
        return;
    }
    worker() = std::thread([library, init] {
        init();
        dlclose(library); // drops our reference only; Qt's keeps it loaded
    });
}

void wait()
{
    if (worker().joinable())
        worker().join();
}

} // namespace vzaps::desk::fontwarmup
