# test_install: `cmake --install` of this build into a fresh prefix puts every file where a
# desktop, a package and a shell look for it, and the desktop and metainfo files pass their
# validators (each validator only when installed: desktop-file-utils, appstream).
#
# cmake -DBUILD_DIR=... -DPREFIX=... -DBINDIR=bin -DDATADIR=share -P check_install.cmake

foreach(variable BUILD_DIR PREFIX BINDIR DATADIR)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "${variable} is not set")
    endif()
endforeach()

file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${result}):\n${output}")
endif()

set(app_id io.metadesk.MetaDesk)
set(expected
    ${BINDIR}/metadesk
    ${BINDIR}/metadesk-server
    ${DATADIR}/applications/${app_id}.desktop
    ${DATADIR}/icons/hicolor/scalable/apps/${app_id}.svg
    ${DATADIR}/metainfo/${app_id}.metainfo.xml
    ${DATADIR}/metadesk/translations/metadesk_de.qm
    ${DATADIR}/metadesk/translations/metadesk_en.qm)
set(missing)
foreach(file ${expected})
    if(NOT EXISTS "${PREFIX}/${file}" OR IS_DIRECTORY "${PREFIX}/${file}")
        list(APPEND missing ${file})
    endif()
endforeach()
if(missing)
    file(GLOB_RECURSE installed RELATIVE "${PREFIX}" "${PREFIX}/*")
    string(REPLACE ";" "\n  " missing "${missing}")
    string(REPLACE ";" "\n  " installed "${installed}")
    message(FATAL_ERROR "not installed:\n  ${missing}\ninstalled were:\n  ${installed}")
endif()

# The installed programs run from their new place (no path into the build tree is needed).
foreach(program metadesk-server metadesk)
    execute_process(COMMAND "${PREFIX}/${BINDIR}/${program}" --version
        RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "${PREFIX}/${BINDIR}/${program} --version failed (${result}):\n${output}")
    endif()
endforeach()

# The icon the desktop file names is the one installed.
file(STRINGS "${PREFIX}/${DATADIR}/applications/${app_id}.desktop" icon_line REGEX "^Icon=")
if(NOT icon_line STREQUAL "Icon=${app_id}")
    message(FATAL_ERROR "the desktop file says '${icon_line}', expected 'Icon=${app_id}'")
endif()

find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
if(DESKTOP_FILE_VALIDATE)
    execute_process(COMMAND "${DESKTOP_FILE_VALIDATE}"
        "${PREFIX}/${DATADIR}/applications/${app_id}.desktop"
        RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0 OR NOT output STREQUAL "")
        message(FATAL_ERROR "desktop-file-validate (${result}):\n${output}")
    endif()
else()
    message(STATUS "desktop-file-validate not found: the .desktop file was not validated")
endif()

find_program(APPSTREAMCLI appstreamcli)
if(APPSTREAMCLI)
    execute_process(COMMAND "${APPSTREAMCLI}" validate --no-net
        "${PREFIX}/${DATADIR}/metainfo/${app_id}.metainfo.xml"
        RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "appstreamcli validate (${result}):\n${output}")
    endif()
else()
    message(STATUS "appstreamcli not found: the metainfo file was not validated")
endif()

message(STATUS "installed and validated in ${PREFIX}")
