# The Settings dialog (issue 6).
target_sources(vzaps_ui PRIVATE
    settings/ProxyGroup.cpp settings/ProxyGroup.h
    settings/SettingsDialog.cpp settings/SettingsDialog.h)
