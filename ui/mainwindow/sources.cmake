# target_sources(vzaps_ui PRIVATE ...) for the main window area
target_sources(vzaps_ui PRIVATE
    mainwindow/BadgeDelegate.cpp mainwindow/BadgeDelegate.h
    mainwindow/MainWindow.cpp mainwindow/MainWindow.h
    mainwindow/WindowSettings.cpp mainwindow/WindowSettings.h)
