# Typed app preferences (issue 6): QSettings for what is not secret, the proxy password in
# a SecretStore.
target_sources(vzaps_core PRIVATE
    settings/AppSettings.cpp settings/AppSettings.h
    settings/ProxySettings.cpp settings/ProxySettings.h)
