# target_sources(vzaps_ui PRIVATE ...) for the instance actions area (issue 5)
target_sources(vzaps_ui PRIVATE
    actions/ActionDialog.cpp actions/ActionDialog.h
    actions/ActionLauncher.cpp actions/ActionLauncher.h
    actions/InstanceCommands.cpp actions/InstanceCommands.h
    actions/RestartDialog.cpp actions/RestartDialog.h)
