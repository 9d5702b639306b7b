# vzaps_accounts: profiles in QSettings and their secrets in the OS keychain (issue 6),
# shared by vzaps-desk and vzapsctl. Paths are relative to core/ (included from
# core/CMakeLists.txt). QtKeychain: Debian package qtkeychain-qt6-dev.
find_package(Qt6Keychain REQUIRED)

add_library(vzaps_accounts STATIC
    accounts/AppIdentity.h
    accounts/FallbackSecretStore.cpp accounts/FallbackSecretStore.h
    accounts/KeychainBusProbe.cpp accounts/KeychainBusProbe.h
    accounts/KeychainSecretStore.cpp accounts/KeychainSecretStore.h
    accounts/MemorySecretStore.cpp accounts/MemorySecretStore.h
    accounts/Profile.h
    accounts/ProfileStore.cpp accounts/ProfileStore.h)
target_link_libraries(vzaps_accounts PUBLIC vzaps_core qt6keychain PRIVATE vzaps_warnings)
# On Linux and the BSDs the keychain is a D-Bus service: KeychainBusProbe asks the bus.
if(UNIX AND NOT APPLE AND NOT ANDROID)
    find_package(Qt6 REQUIRED COMPONENTS DBus)
    target_link_libraries(vzaps_accounts PRIVATE Qt6::DBus)
endif()
