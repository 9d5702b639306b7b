# Sign-in and profile editing (issue 6): the dialog and its connection test line.
target_sources(vzaps_ui PRIVATE
    accounts/ConnectionResultView.cpp accounts/ConnectionResultView.h
    accounts/SignInDialog.cpp accounts/SignInDialog.h
    accounts/SignInFields.cpp accounts/SignInFields.h)
