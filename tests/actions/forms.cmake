# The create and edit instance dialogs (ui/forms), against an in-process sandbox.
# VZAPS_SHOT_DIR=/tmp saves grabs of them as shot-create-*.png / shot-edit-*.png.
vzaps_add_test(tst_createinstancedialog LABEL actions
    SOURCES tst_createinstancedialog.cpp FormTestSupport.h ActionTestSupport.h
    LIBS vzaps_ui vzaps_sandbox Qt6::Network)
target_include_directories(tst_createinstancedialog PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/../ui)
vzaps_add_test(tst_editinstancedialog LABEL actions
    SOURCES tst_editinstancedialog.cpp FormTestSupport.h ActionTestSupport.h
    LIBS vzaps_ui vzaps_sandbox Qt6::Network)
target_include_directories(tst_editinstancedialog PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/../ui)
