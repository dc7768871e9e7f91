# A per-user Windows installer: no administrator rights, installed under %LOCALAPPDATA%\Programs, Start menu entry and
# uninstaller for the person only. CPack's NSIS template asks for administrator rights and makes shortcuts for all
# users; this writes CMake's own template, changed in exactly those places, into the build tree, where CPack looks
# before its own (CMAKE_MODULE_PATH becomes CPACK_MODULE_PATH). Include before include(CPack).
set(_stock "${CMAKE_ROOT}/Modules/Internal/CPack/NSIS.template.in")
if(NOT EXISTS "${_stock}")
    message(FATAL_ERROR "CPack's NSIS template was not found at ${_stock}: this CMake is laid out differently")
endif()
file(READ "${_stock}" _template)
foreach(change IN ITEMS "RequestExecutionLevel admin|RequestExecutionLevel user"
                        "SetShellVarContext all|SetShellVarContext current")
    string(REPLACE "|" ";" change "${change}")
    list(GET change 0 _from)
    list(GET change 1 _to)
    string(FIND "${_template}" "${_from}" _at)
    if(_at EQUAL -1)
        message(FATAL_ERROR "CPack's NSIS template has no \"${_from}\": check packaging/windows/PerUserNsis.cmake")
    endif()
    string(REPLACE "${_from}" "${_to}" _template "${_template}")
endforeach()
set(_folder "${CMAKE_BINARY_DIR}/packaging/nsis-per-user")
file(WRITE "${_folder}/NSIS.template.in" "${_template}")
list(PREPEND CMAKE_MODULE_PATH "${_folder}")
set(CPACK_NSIS_INSTALL_ROOT "$LOCALAPPDATA\\\\Programs")
# SHCTX (the uninstaller's registry keys) is the current user's once the shell context is "current".
