# widget tests of the detail panel area
vzaps_add_test(tst_detailpanel LABEL ui SOURCES tst_detailpanel.cpp ${VZAPS_URL_CATCHER}
    LIBS vzaps_ui vzaps_sandbox Qt6::Network)
vzaps_add_test(tst_detailpanel_connection LABEL ui SOURCES tst_detailpanel_connection.cpp
    LIBS vzaps_ui vzaps_sandbox Qt6::Network)
# Offscreen grabs of the panel; VZAPS_SHOT_DIR=/tmp saves them as shot-detail-*.png.
vzaps_add_test(tst_detailpanel_shots LABEL ui SOURCES tst_detailpanel_shots.cpp
    LIBS vzaps_ui vzaps_sandbox Qt6::Network)
vzaps_add_test(tst_profilepictureloader LABEL ui SOURCES tst_profilepictureloader.cpp
    LIBS vzaps_ui vzaps_test_support Qt6::Network)
vzaps_add_test(tst_hostiletext LABEL ui SOURCES tst_hostiletext.cpp
    LIBS vzaps_ui vzaps_actionlog Qt6::Network)
