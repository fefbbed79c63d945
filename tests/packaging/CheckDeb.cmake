# Builds the Debian package with CPack and checks that it holds the programs, the desktop
# file and the icon, and declares its library dependencies. Run by ctest:
#   cmake -DBUILD_DIR=... -DOUT_DIR=... -P CheckDeb.cmake
file(REMOVE_RECURSE "${OUT_DIR}")
execute_process(COMMAND cpack -G DEB -B "${OUT_DIR}"
    WORKING_DIRECTORY "${BUILD_DIR}" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cpack failed:\n${out}")
endif()
file(GLOB debs "${OUT_DIR}/*.deb")
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one .deb in ${OUT_DIR}, found ${count}")
endif()
execute_process(COMMAND dpkg-deb --contents ${debs} OUTPUT_VARIABLE contents RESULT_VARIABLE rc)
execute_process(COMMAND dpkg-deb --field ${debs} Package Depends OUTPUT_VARIABLE fields)
foreach(expected
        "./usr/bin/kenshu" "./usr/bin/kenshuctl"
        "./usr/share/applications/org.kenshu.Kenshu.desktop"
        "./usr/share/metainfo/org.kenshu.Kenshu.metainfo.xml"
        "./usr/share/icons/hicolor/scalable/apps/org.kenshu.Kenshu.svg")
    string(FIND "${contents}" "${expected}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the package lacks ${expected}:\n${contents}")
    endif()
endforeach()
foreach(dependency "libdcmtk17" "libpoppler-qt6-3" "libqt6widgets6" "libqt6sql6-sqlite")
    string(FIND "${fields}" "${dependency}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the package does not depend on ${dependency}:\n${fields}")
    endif()
endforeach()
file(REMOVE_RECURSE "${OUT_DIR}")
message(STATUS "package ok: ${debs}")
