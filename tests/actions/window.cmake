# Instance actions driven through the main window.
vzaps_add_test(tst_windowactions LABEL actions
    SOURCES tst_windowactions.cpp WindowActionsFixture.h
    LIBS vzaps_ui vzaps_sandbox Qt6::Network)
target_include_directories(tst_windowactions PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/../ui)
vzaps_add_test(tst_windowflows LABEL actions
    SOURCES tst_windowflows.cpp WindowActionsFixture.h ActionTestSupport.h BillingTestSupport.h
    ${VZAPS_URL_CATCHER}
    LIBS vzaps_ui vzaps_sandbox Qt6::Network)
target_include_directories(tst_windowflows PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/../ui)
