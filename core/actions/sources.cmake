# target_sources(vzaps_core PRIVATE ...) for the instance actions' core (issue 5):
# what an action leaves behind (ActionRecord) and bulk runs.
target_sources(vzaps_core PRIVATE
    actions/ActionRecord.cpp actions/ActionRecord.h)
include(actions/bulk.cmake OPTIONAL)
