# The frame all action dialogs share, tested through the restart dialog.
vzaps_add_test(tst_restartdialog LABEL actions SOURCES tst_restartdialog.cpp ActionTestSupport.h
    LIBS vzaps_ui vzaps_sandbox Qt6::Network)
target_include_directories(tst_restartdialog PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/../ui)
# Which actions fit a selection, and why not.
vzaps_add_test(tst_actionavailability LABEL actions SOURCES tst_actionavailability.cpp
    LIBS vzaps_core)
