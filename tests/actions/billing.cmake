# Billing ▸ Subscribe, the browser checkout hand-off and the wait panel (issue 5).
# The watcher is core: it runs without a GUI application.
vzaps_add_test(tst_checkoutwatcher LABEL actions SOURCES tst_checkoutwatcher.cpp
    LIBS vzaps_core vzaps_sandbox Qt6::Network)
target_include_directories(tst_checkoutwatcher PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/../ui)
# The widgets; tests/core for the scripted server that sends unsafe checkout links.
foreach(name tst_subscribedialog tst_checkoutflow)
    vzaps_add_test(${name} LABEL actions
        SOURCES ${name}.cpp BillingTestSupport.h ActionTestSupport.h ${VZAPS_URL_CATCHER}
        LIBS vzaps_ui vzaps_sandbox vzaps_test_support Qt6::Network)
    target_include_directories(${name} PRIVATE
        ${CMAKE_CURRENT_SOURCE_DIR}/../ui ${CMAKE_CURRENT_SOURCE_DIR}/../core)
endforeach()
