# target_sources(vzaps_core PRIVATE ...) for the instance actions' core (issue 5):
# which actions fit a selection, what an action leaves behind (ActionRecord), bulk runs.
target_sources(vzaps_core PRIVATE
    actions/ActionAvailability.cpp actions/ActionAvailability.h
    actions/ActionRecord.cpp actions/ActionRecord.h)
include(actions/bulk.cmake)
