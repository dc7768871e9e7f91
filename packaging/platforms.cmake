# Windows (NSIS installer) and macOS (app bundle in a disk image): build recipes, included only on those systems.
# Neither has been built or run by this project's CI (Linux only); docs/packaging.md says what is verified where.

# Qt next to the programs: windeployqt / macdeployqt through Qt's deploy script, a technology preview in Qt 6.4
# (its arguments may change; Qt 6.5 made it stable).
foreach(program IN ITEMS remitente remitente-cli)
    if(TARGET ${program})
        qt_generate_deploy_app_script(TARGET ${program} OUTPUT_SCRIPT deploy_${program} NO_UNSUPPORTED_PLATFORM_ERROR)
        install(SCRIPT ${deploy_${program}})
    endif()
endforeach()

if(WIN32)
    # A per-user installer (no administrator needed): Start menu entry, uninstaller, the app's icon.
    include(windows/PerUserNsis.cmake)
    set(CPACK_GENERATOR NSIS ZIP)
    set(CPACK_NSIS_MUI_ICON ${REMITENTE_APP_ICO})
    set(CPACK_NSIS_MUI_UNIICON ${REMITENTE_APP_ICO})
    foreach(program IN ITEMS remitente remitente-cli)
        if(TARGET ${program})
            # The programs' own icon (Explorer, taskbar): a resource script naming the .ico.
            set(rc ${CMAKE_CURRENT_BINARY_DIR}/${program}.rc)
            file(WRITE ${rc} "IDI_ICON1 ICON \"${REMITENTE_APP_ICO}\"\n")
            target_sources(${program} PRIVATE ${rc})
            add_dependencies(${program} remitente_ico)
        endif()
    endforeach()
    set(CPACK_PACKAGE_INSTALL_DIRECTORY Remitente)
    set(CPACK_PACKAGE_EXECUTABLES remitente Remitente)
    set(CPACK_NSIS_DISPLAY_NAME Remitente)
    set(CPACK_NSIS_PACKAGE_NAME Remitente)
    set(CPACK_NSIS_INSTALLED_ICON_NAME bin/remitente.exe)
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_URL_INFO_ABOUT "https://github.com/remitente/remitente")
elseif(APPLE)
    # The bundle: its identifier is the app id everywhere else, its icon is made from the same SVG (iconutil).
    set(iconset ${CMAKE_CURRENT_BINARY_DIR}/Remitente.iconset)
    set(icns ${CMAKE_CURRENT_BINARY_DIR}/Remitente.icns)
    set(rendered ${PROJECT_BINARY_DIR}/resources/icons/rendered/app)
    add_custom_command(OUTPUT ${icns}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${iconset}
        COMMAND ${CMAKE_COMMAND} -E copy ${rendered}/16/${REMITENTE_APP_ID}.png ${iconset}/icon_16x16.png
        COMMAND ${CMAKE_COMMAND} -E copy ${rendered}/32/${REMITENTE_APP_ID}.png ${iconset}/icon_16x16@2x.png
        COMMAND ${CMAKE_COMMAND} -E copy ${rendered}/32/${REMITENTE_APP_ID}.png ${iconset}/icon_32x32.png
        COMMAND ${CMAKE_COMMAND} -E copy ${rendered}/64/${REMITENTE_APP_ID}.png ${iconset}/icon_32x32@2x.png
        COMMAND ${CMAKE_COMMAND} -E copy ${rendered}/128/${REMITENTE_APP_ID}.png ${iconset}/icon_128x128.png
        COMMAND ${CMAKE_COMMAND} -E copy ${rendered}/256/${REMITENTE_APP_ID}.png ${iconset}/icon_128x128@2x.png
        COMMAND ${CMAKE_COMMAND} -E copy ${rendered}/256/${REMITENTE_APP_ID}.png ${iconset}/icon_256x256.png
        COMMAND ${CMAKE_COMMAND} -E copy ${rendered}/512/${REMITENTE_APP_ID}.png ${iconset}/icon_256x256@2x.png
        COMMAND ${CMAKE_COMMAND} -E copy ${rendered}/512/${REMITENTE_APP_ID}.png ${iconset}/icon_512x512.png
        COMMAND iconutil -c icns -o ${icns} ${iconset}
        DEPENDS remitente_icons
        COMMENT "Making the macOS icon")
    add_custom_target(remitente_icns ALL DEPENDS ${icns})
    if(TARGET remitente)
        set_source_files_properties(${icns} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
        target_sources(remitente PRIVATE ${icns})
        set_target_properties(remitente PROPERTIES
            MACOSX_BUNDLE_GUI_IDENTIFIER ${REMITENTE_APP_ID}
            MACOSX_BUNDLE_BUNDLE_NAME Remitente
            MACOSX_BUNDLE_ICON_FILE Remitente.icns
            MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
            MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
            XCODE_ATTRIBUTE_CODE_SIGN_ENTITLEMENTS ${CMAKE_CURRENT_SOURCE_DIR}/macos/Remitente.entitlements)
    endif()
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME Remitente)
endif()
