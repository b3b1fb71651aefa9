# Everything `cmake --install` puts in place besides the programs, the
# routines and the catalogs (CMakeLists.txt, po/), and how the installed
# program finds it all again relative to its own bindir.
#
#   bin/limber
#   libexec/limber/limber-voice             (CMakeLists.txt)
#   share/limber/routines/, figures/
#   share/locale/LL/LC_MESSAGES/limber.mo   (po/CMakeLists.txt)
#   share/applications/ID.desktop
#   share/metainfo/ID.metainfo.xml
#   share/icons/hicolor/scalable/apps/ID.svg, NxN/apps/ID.png
#   share/man/man1/limber.1, share/man/uk/man1/limber.1
#   share/bash-completion/completions/limber
#   share/doc/limber/routine-format.md, kiosk.md
#   lib/systemd/system/limber-kiosk.service (disabled)
#   lib/sysusers.d/limber.conf              (the kiosk's user)
#
# ID is the application id below; every file that carries it is generated
# from this one variable.

# Reverse DNS of the project's home, github.com/limber-trainer (AppStream
# spells the dash as an underscore). It names the desktop entry, the
# metainfo, the icon and the window (Wayland app_id, X11 WM_CLASS), and
# must never change once released: software centres and docks key on it.
set(LIMBER_APP_ID "io.github.limber_trainer.Limber")

# Where the system units go under the prefix; debian/rules points them at
# /lib for Debian 12's systemd.
set(LIMBER_SYSTEMDUNITDIR "lib/systemd/system" CACHE STRING
    "systemd system units, relative to the prefix or absolute")
set(LIMBER_SYSUSERSDIR "lib/sysusers.d" CACHE STRING
    "sysusers.d files, relative to the prefix or absolute")

set(LIMBER_ICONDIR "${CMAKE_INSTALL_DATADIR}/icons/hicolor")
set(LIMBER_ICON_SIZES 16 24 32 48 64 128 256 512)

# --- the installed program finds its files beside itself ---------------
# install_dirs.c: each folder relative to the bindir, and absolute.
function(limber_relative_to_bindir out dir)
  file(RELATIVE_PATH rel "${CMAKE_INSTALL_FULL_BINDIR}" "${dir}")
  set(${out} "${rel}" PARENT_SCOPE)
endfunction()
limber_relative_to_bindir(rel_pkgdata "${CMAKE_INSTALL_FULL_DATADIR}/limber")
limber_relative_to_bindir(rel_locale "${CMAKE_INSTALL_FULL_LOCALEDIR}")
limber_relative_to_bindir(rel_libexec "${CMAKE_INSTALL_FULL_LIBEXECDIR}/limber")
limber_relative_to_bindir(rel_icons
                          "${CMAKE_INSTALL_FULL_DATADIR}/icons/hicolor")
target_sources(limber_core PRIVATE src/core/install_dirs.c)
target_compile_definitions(limber_core PRIVATE
  LIMBER_REL_PKGDATADIR="${rel_pkgdata}"
  LIMBER_REL_LOCALEDIR="${rel_locale}"
  LIMBER_REL_LIBEXECDIR="${rel_libexec}"
  LIMBER_REL_ICONDIR="${rel_icons}"
  LIMBER_FULL_PKGDATADIR="${CMAKE_INSTALL_FULL_DATADIR}/limber"
  LIMBER_FULL_LOCALEDIR="${CMAKE_INSTALL_FULL_LOCALEDIR}"
  LIMBER_FULL_LIBEXECDIR="${CMAKE_INSTALL_FULL_LIBEXECDIR}/limber"
  LIMBER_FULL_ICONDIR="${CMAKE_INSTALL_FULL_DATADIR}/icons/hicolor")

# --- the window's identity: app id and icon (src/app/identity.c) --------
pkg_check_modules(LIBPNG REQUIRED IMPORTED_TARGET libpng)
target_sources(limber_app PRIVATE src/app/identity.c)
target_link_libraries(limber_app PUBLIC PkgConfig::LIBPNG)
target_compile_definitions(limber_app PRIVATE LIMBER_APP_ID="${LIMBER_APP_ID}")

# --- the icon: dist/limber.svg, rendered to PNG at build time -----------
# Into build/icons/hicolor/, where a build tree's window finds it too.
find_program(RSVG_CONVERT rsvg-convert REQUIRED)
set(icon_svg "${CMAKE_SOURCE_DIR}/dist/limber.svg")
set(icon_pngs)
foreach(size IN LISTS LIMBER_ICON_SIZES)
  set(dir "${CMAKE_BINARY_DIR}/icons/hicolor/${size}x${size}/apps")
  set(png "${dir}/${LIMBER_APP_ID}.png")
  add_custom_command(OUTPUT "${png}"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${dir}"
    COMMAND ${RSVG_CONVERT} -w ${size} -h ${size} -f png -o "${png}"
            "${icon_svg}"
    DEPENDS "${icon_svg}"
    COMMENT "Rendering the ${size}x${size} icon")
  list(APPEND icon_pngs "${png}")
  install(FILES "${png}" DESTINATION "${LIMBER_ICONDIR}/${size}x${size}/apps")
endforeach()
add_custom_target(limber_icons ALL DEPENDS ${icon_pngs})
install(FILES "${icon_svg}" DESTINATION "${LIMBER_ICONDIR}/scalable/apps"
        RENAME "${LIMBER_APP_ID}.svg")

# --- generated text files: desktop entry, metainfo, man pages -----------
set(dist "${CMAKE_BINARY_DIR}/dist")
configure_file(dist/limber.desktop.in "${dist}/${LIMBER_APP_ID}.desktop"
               @ONLY)
configure_file(dist/limber.metainfo.xml.in
               "${dist}/${LIMBER_APP_ID}.metainfo.xml" @ONLY)
configure_file(dist/limber.1.in "${dist}/man/man1/limber.1" @ONLY)
configure_file(dist/limber.uk.1.in "${dist}/man/uk/man1/limber.1" @ONLY)

install(FILES "${dist}/${LIMBER_APP_ID}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${dist}/${LIMBER_APP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(FILES "${dist}/man/man1/limber.1"
        DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
install(FILES "${dist}/man/uk/man1/limber.1"
        DESTINATION "${CMAKE_INSTALL_MANDIR}/uk/man1")
install(FILES dist/limber.bash-completion
        DESTINATION "${CMAKE_INSTALL_DATADIR}/bash-completion/completions"
        RENAME limber)

# The guides the man page and --help point to.
install(FILES docs/routine-format.md docs/kiosk.md
        DESTINATION "${CMAKE_INSTALL_DOCDIR}")

# The figures, once assets/figures/ exists.
if(EXISTS "${CMAKE_SOURCE_DIR}/assets/figures")
  install(DIRECTORY assets/figures/
          DESTINATION "${CMAKE_INSTALL_DATADIR}/limber/figures")
endif()

# --- the kiosk: its unit, disabled, and its user ------------------------
# The unit in assets/ starts /usr/local/bin/limber; the installed copy
# starts the bindir of the prefix it is installed under (`cmake --install
# --prefix` too, so this happens at install time), without the header that
# tells how to copy it by hand. Nothing enables it: installing must never
# take over a screen (docs/kiosk.md).
install(CODE "
  set(bindir \"${CMAKE_INSTALL_BINDIR}\")
  if(NOT IS_ABSOLUTE \"\${bindir}\")
    set(bindir \"\${CMAKE_INSTALL_PREFIX}/\${bindir}\")
  endif()
  file(READ \"${CMAKE_SOURCE_DIR}/assets/limber-kiosk.service\" unit)
  string(REGEX REPLACE \"^(#[^\\n]*\\n)+\\n\" \"\" unit \"\${unit}\")
  string(REPLACE \"ExecStart=/usr/local/bin/limber \"
         \"ExecStart=\${bindir}/limber \" unit \"\${unit}\")
  string(REPLACE \"Documentation=man:systemd.service(5)\"
         \"Documentation=man:limber(1) man:systemd.service(5)\"
         unit \"\${unit}\")
  file(WRITE \"${dist}/limber-kiosk.service\"
\"# Limber as a kiosk on tty1 (see docs/kiosk.md and limber(1)). Installed
# disabled; to turn this machine into a kiosk:
#   sudo systemctl enable --now limber-kiosk.service
\\n\${unit}\")
")
install(FILES "${dist}/limber-kiosk.service"
        DESTINATION "${LIMBER_SYSTEMDUNITDIR}")
install(FILES dist/limber.sysusers DESTINATION "${LIMBER_SYSUSERSDIR}"
        RENAME limber.conf)

# --- `make uninstall` (cmake/Uninstall.cmake) ----------------------------
add_custom_target(uninstall
  COMMAND ${CMAKE_COMMAND}
          -DMANIFEST=${CMAKE_BINARY_DIR}/install_manifest.txt
          -P ${CMAKE_CURRENT_LIST_DIR}/Uninstall.cmake
  COMMENT "Removing what cmake --install put in place")

# --- the install checks (tests/install) ---------------------------------
if(BUILD_TESTING)
  add_subdirectory(tests/install)
endif()
