# The confirmation dialogs (issue 5): delete, cancel / resume subscription, disconnect
# session, against an in-process sandbox.
foreach(confirm_test tst_deletedialog tst_billingdialogs tst_disconnectdialog)
    vzaps_add_test(${confirm_test} LABEL actions
        SOURCES ${confirm_test}.cpp ConfirmTestSupport.h ActionTestSupport.h
        LIBS vzaps_ui vzaps_sandbox Qt6::Network)
    target_include_directories(${confirm_test} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/../ui)
endforeach()
