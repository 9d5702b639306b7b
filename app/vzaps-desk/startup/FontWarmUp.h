#pragma once

namespace vzaps::desk {

// Loads the system's font configuration on a worker thread while the application
// starts. fontconfig's first load (parsing its configuration and font caches) is the
// largest single cost of a first paint with text, and it would otherwise run on the
// GUI thread at the first text layout, after everything else. Qt later finds it done.
// Where fontconfig is not in use, nothing happens.
namespace fontwarmup {

// Call first thing in main(), before QApplication.
void start();
// Call before the first widget with text is built; returns at once if start() was
// never called or the work is done. Waiting beats racing: a second, concurrent load
// on the GUI thread would do all the work again.
void wait();

} // namespace fontwarmup

} // namespace vzaps::desk
