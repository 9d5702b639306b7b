# widget tests of the main window area (offscreen, against an in-process sandbox)
vzaps_add_test(tst_mainwindow LABEL ui
    SOURCES tst_mainwindow.cpp MainWindowFixture.h MainWindowTestSupport.h
    LIBS vzaps_ui vzaps_sandbox Qt6::Network)
vzaps_add_test(tst_mainwindow_rows LABEL ui
    SOURCES tst_mainwindow_rows.cpp MainWindowFixture.h MainWindowTestSupport.h
        ${VZAPS_URL_CATCHER}
    LIBS vzaps_ui vzaps_sandbox Qt6::Network)
vzaps_add_test(tst_mainwindow_app LABEL ui
    SOURCES tst_mainwindow_app.cpp MainWindowTestSupport.h
    LIBS vzaps_desk_app vzaps_ui vzaps_sandbox Qt6::Network)
target_compile_definitions(tst_mainwindow_app PRIVATE
    VZAPS_DESK_EXECUTABLE="$<TARGET_FILE:vzaps-desk>"
    VZAPS_DESK_PLUGIN_BUILD_DIR="$<TARGET_FILE_DIR:vzaps_desk_sandbox>")
add_dependencies(tst_mainwindow_app vzaps-desk)
vzaps_add_test(tst_deskstyle LABEL ui SOURCES tst_deskstyle.cpp LIBS vzaps_ui)
vzaps_add_test(tst_flatbars LABEL ui SOURCES tst_flatbars.cpp LIBS vzaps_ui)
vzaps_add_test(tst_columnheader LABEL ui SOURCES tst_columnheader.cpp LIBS vzaps_ui)
