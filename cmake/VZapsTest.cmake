# One Qt Test executable per test file, registered with CTest under the label of the layer
# it tests (core, ui, app, sandbox, e2e, support), run headless in the C.UTF-8 locale.
#   vzaps_add_test(<name> LABEL <labels...> [SOURCES <files...>] [LIBS <targets...>] [TIMEOUT <s>]
#                  [SESSION_BUS])
# SOURCES defaults to <name>.cpp. Every test links vzaps_test_support (tests/support).
# SESSION_BUS runs it under dbus-run-session: a D-Bus session bus of its own.
function(vzaps_add_test name)
    cmake_parse_arguments(ARG "SESSION_BUS" "TIMEOUT" "LABEL;SOURCES;LIBS" ${ARGN})
    if(NOT ARG_LABEL)
        message(FATAL_ERROR "vzaps_add_test(${name}): LABEL is required")
    endif()
    if(NOT ARG_SOURCES)
        set(ARG_SOURCES ${name}.cpp)
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE vzaps_test_support vzaps_warnings ${ARG_LIBS})
    if(ARG_SESSION_BUS)
        # A private session bus of its own (Debian package dbus-daemon), whatever the
        # machine has.
        find_program(VZAPS_DBUS_RUN_SESSION dbus-run-session REQUIRED)
        add_test(NAME ${name} COMMAND ${VZAPS_DBUS_RUN_SESSION} -- $<TARGET_FILE:${name}>)
    else()
        add_test(NAME ${name} COMMAND ${name})
    endif()
    set_tests_properties(${name} PROPERTIES
        LABELS "${ARG_LABEL}"
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_FORCE_STDERR_LOGGING=1;LC_ALL=C.UTF-8")
endfunction()
