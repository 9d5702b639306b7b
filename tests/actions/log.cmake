# The action log: its SQLite file, model and CSV (core), and the Log panel (widgets).
foreach(name tst_actionlog tst_actionlog_faults tst_actionlog_csv)
    vzaps_add_test(${name} LABEL actions SOURCES ${name}.cpp ActionLogTestSupport.h
        LIBS vzaps_actionlog)
endforeach()
vzaps_add_test(tst_logpanel LABEL actions SOURCES tst_logpanel.cpp ActionLogTestSupport.h
    LIBS vzaps_ui)
