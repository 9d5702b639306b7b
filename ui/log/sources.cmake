# target_sources(vzaps_ui PRIVATE ...) for the action log panel (issue 5)
target_sources(vzaps_ui PRIVATE
    log/ActionLogHost.cpp log/ActionLogHost.h
    log/LogPanel.cpp log/LogPanel.h)
target_link_libraries(vzaps_ui PUBLIC vzaps_actionlog)
