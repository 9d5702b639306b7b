# The create and edit instance dialogs and the form they share (issue 5).
target_sources(vzaps_ui PRIVATE
    forms/InstanceForm.cpp forms/InstanceForm.h
    forms/CreateInstanceDialog.cpp forms/CreateInstanceDialog.h
    forms/EditInstanceDialog.cpp forms/EditInstanceDialog.h)
