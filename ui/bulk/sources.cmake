# target_sources(vzaps_ui PRIVATE ...) for the bulk actions (issue 5): restart, delete
# and cancel subscription over a multi-selection, with per-instance results.
target_sources(vzaps_ui PRIVATE
    bulk/BulkActionDialog.cpp bulk/BulkActionDialog.h
    bulk/BulkResultsView.cpp bulk/BulkResultsView.h)
