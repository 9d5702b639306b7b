# Typed app settings and the Settings dialog (issue 6), with a scripted SecretStore
# (FakeSecretStore.h). VZAPS_SHOT_DIR=/tmp saves grabs of the dialog there.
vzaps_add_test(tst_appsettings LABEL accounts
    SOURCES tst_appsettings.cpp FakeSecretStore.h
    LIBS vzaps_core vzaps_accounts vzaps_test_support Qt6::Network)
vzaps_add_test(tst_settingsdialog LABEL accounts
    SOURCES tst_settingsdialog.cpp FakeSecretStore.h
    LIBS vzaps_ui vzaps_accounts Qt6::Network)
