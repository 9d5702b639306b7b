# Typed app preferences (issue 6): QSettings for what is not secret, the proxy password in
# a SecretStore. The SecretStore interface itself lives in core, so that settings can use
# it; its keychain and memory implementations are in vzaps_accounts.
target_sources(vzaps_core PRIVATE
    accounts/SecretStore.h
    settings/AppSettings.cpp settings/AppSettings.h
    settings/ProxySettings.cpp settings/ProxySettings.h)
