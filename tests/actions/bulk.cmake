# Bulk actions (issue 5): the runner against the sandbox, and the dialog offscreen.
vzaps_add_test(tst_bulkrun LABEL actions SOURCES tst_bulkrun.cpp
    LIBS vzaps_core vzaps_sandbox Qt6::Network)
target_include_directories(tst_bulkrun PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/../ui)
vzaps_add_test(tst_bulkactiondialog LABEL actions
    SOURCES tst_bulkactiondialog.cpp ActionTestSupport.h
    LIBS vzaps_ui vzaps_sandbox Qt6::Network)
target_include_directories(tst_bulkactiondialog PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/../ui)
