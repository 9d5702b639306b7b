# vzapsctl's profile commands (issue 6) run as a process with its own HOME and no D-Bus
# session bus; --profile requests go to the scripted server of tests/cli (FakeVzaps).
vzaps_add_test(tst_vzapsctl_profiles LABEL accounts
    SOURCES tst_vzapsctl_profiles.cpp SecretScan.h
        ${CMAKE_CURRENT_SOURCE_DIR}/../cli/FakeVzaps.cpp ${CMAKE_CURRENT_SOURCE_DIR}/../cli/FakeVzaps.h
    LIBS vzaps_accounts vzaps_test_support Qt6::Network)
target_include_directories(tst_vzapsctl_profiles PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/../cli)
target_compile_definitions(tst_vzapsctl_profiles PRIVATE VZAPSCTL_PATH="$<TARGET_FILE:vzapsctl>")
add_dependencies(tst_vzapsctl_profiles vzapsctl)
