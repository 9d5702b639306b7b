# The texts of vzaps-desk in other languages: resources/translations/vzaps-desk_<lang>.ts.
# One lupdate run over every source whose texts reach the GUI keeps them up to date:
#   cmake --build <dir> --target update_translations
# The build turns them into .qm files embedded under :/i18n (vzaps_embed_translations).
# vzapsctl stays English, so app/vzapsctl is not read.
find_package(Qt6 REQUIRED COMPONENTS LinguistTools)

set(VZAPS_TS_FILES ${PROJECT_SOURCE_DIR}/resources/translations/vzaps-desk_pt_BR.ts)
# The include root lets lupdate see each class's namespace, so its context is the name tr()
# uses at run time (vzaps::ui::MainWindow, not MainWindow). Absolute paths: nothing is
# silently left out, whichever folder this runs from.
set(VZAPS_LUPDATE_ARGS
    -no-obsolete -locations none -extensions cpp,h -I ${PROJECT_SOURCE_DIR}
    ${PROJECT_SOURCE_DIR}/core ${PROJECT_SOURCE_DIR}/ui
    ${PROJECT_SOURCE_DIR}/app/vzaps-desk ${PROJECT_SOURCE_DIR}/app/common)

add_custom_target(update_translations
    COMMAND Qt6::lupdate ${VZAPS_LUPDATE_ARGS} -ts ${VZAPS_TS_FILES}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    COMMENT "Updating resources/translations/*.ts from the sources"
    VERBATIM)

# The same arguments for tests/core/tst_translations, which runs lupdate into a copy to find
# texts the committed .ts files lack.
string(REPLACE ";" "\n" lupdate_args_lines "${VZAPS_LUPDATE_ARGS}")
file(WRITE ${PROJECT_BINARY_DIR}/generated/lupdate-args.txt "${lupdate_args_lines}\n")

# Compiles the .ts files and embeds them in `target` as :/i18n/vzaps-desk_<lang>.qm.
function(vzaps_embed_translations target)
    qt_add_lrelease(${target} TS_FILES ${VZAPS_TS_FILES} QM_FILES_OUTPUT_VARIABLE qm_files
        OPTIONS -silent)
    qt_add_resources(${target} vzaps_desk_translations PREFIX /i18n
        BASE ${CMAKE_CURRENT_BINARY_DIR} FILES ${qm_files})
endfunction()
