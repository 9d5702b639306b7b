# vzaps_actionlog: the action log of issue 5 (SQLite file, item model, CSV export).
# A library of its own so that vzapsctl, which never logs actions, does not load Qt Sql.
# Paths are relative to core/ (this file is included from core/CMakeLists.txt).
add_library(vzaps_actionlog STATIC
    actionlog/ActionLog.cpp actionlog/ActionLog.h
    actionlog/ActionLogCsv.cpp actionlog/ActionLogCsv.h
    actionlog/ActionLogModel.cpp actionlog/ActionLogModel.h
    actionlog/ActionLogStore.cpp actionlog/ActionLogStore.h
    actionlog/ActionRecordText.cpp actionlog/ActionRecordText.h)
target_link_libraries(vzaps_actionlog PUBLIC vzaps_core Qt6::Sql PRIVATE vzaps_warnings)
