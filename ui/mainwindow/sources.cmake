# target_sources(vzaps_ui PRIVATE ...) for the main window area
target_sources(vzaps_ui PRIVATE
    mainwindow/BadgeDelegate.cpp mainwindow/BadgeDelegate.h
    mainwindow/ColumnHeader.cpp mainwindow/ColumnHeader.h
    mainwindow/InstanceActions.cpp mainwindow/InstanceActions.h
    mainwindow/InstanceTableView.cpp mainwindow/InstanceTableView.h
    mainwindow/MainWindow.cpp mainwindow/MainWindow.h
    mainwindow/MainWindowLayout.cpp mainwindow/MainWindowParts.cpp
    mainwindow/PagingBar.cpp mainwindow/PagingBar.h
    mainwindow/SetupPage.cpp mainwindow/SetupPage.h
    mainwindow/StatePages.cpp mainwindow/StatePages.h
    mainwindow/WindowSettings.cpp mainwindow/WindowSettings.h
    mainwindow/WindowStatusBar.cpp mainwindow/WindowStatusBar.h)
