# The connection check and the sign-in dialog (issue 6), against scripted local servers
# and an in-process sandbox. VZAPS_SHOT_DIR=/tmp saves grabs of the dialog there.
vzaps_add_test(tst_connectioncheck LABEL accounts
    SOURCES tst_connectioncheck.cpp SignInTestSupport.h
    LIBS vzaps_core vzaps_sandbox vzaps_test_support Qt6::Gui)
vzaps_add_test(tst_signindialog LABEL accounts
    SOURCES tst_signindialog.cpp SignInTestSupport.h
    LIBS vzaps_ui vzaps_sandbox vzaps_test_support)
foreach(name tst_connectioncheck tst_signindialog)
    target_include_directories(${name} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/../ui)
    # data/: a self-signed certificate and key for the "untrusted certificate" case (test-only).
    target_compile_definitions(${name} PRIVATE
        VZAPS_SIGNIN_TEST_DATA="${CMAKE_CURRENT_SOURCE_DIR}/data")
endforeach()
