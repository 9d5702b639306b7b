# Profiles and secret stores (issue 6): ProfileStore with the in-memory store, the
# keychain fallback with a fake unavailable keychain, the real keychain store answering
# (Unavailable on a machine without one) and nothing secret in any file.
vzaps_add_test(tst_profile_store LABEL accounts
    SOURCES tst_profile_store.cpp FakeSecretStore.h SecretScan.h
    LIBS vzaps_accounts)
vzaps_add_test(tst_secret_stores LABEL accounts
    SOURCES tst_secret_stores.cpp FakeSecretStore.h SecretScan.h
    LIBS vzaps_accounts)
