# vzaps-desk with saved accounts: start, switch, no keychain (a real in-process sandbox
# and a scripted second server).
vzaps_add_test(tst_desk_accounts LABEL accounts
    SOURCES tst_desk_accounts.cpp FakeSecretStore.h SecretScan.h
    LIBS vzaps_desk_app vzaps_sandbox vzaps_test_support Qt6::Network)
target_include_directories(tst_desk_accounts PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/../core)
