# The checkout watcher (issue 5): polls an instance while its checkout page is paid.
target_sources(vzaps_core PRIVATE models/CheckoutWatcher.cpp models/CheckoutWatcher.h)
