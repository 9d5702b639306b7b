# "Test connection" for the sign-in dialog (issue 6): sign in and list one instance.
target_sources(vzaps_core PRIVATE
    api/ConnectionCheck.cpp api/ConnectionCheck.h api/ConnectionCheckText.cpp)
