# Bulk actions (issue 5): one operation over many instances, a few requests at a time.
target_sources(vzaps_core PRIVATE
    actions/BulkOperations.cpp actions/BulkOperations.h
    actions/BulkRun.cpp actions/BulkRun.h)
