# Removes every file install_manifest.txt lists (what the last
# `cmake --install` put in place), then the folders of Limber's own that
# are left empty (share/limber/..., libexec/limber). The manifest does not
# record DESTDIR: give the same DESTDIR in the environment.
#   [DESTDIR=...] cmake -DMANIFEST=build/install_manifest.txt \
#       -P cmake/Uninstall.cmake
if(NOT EXISTS "${MANIFEST}")
  message(FATAL_ERROR "${MANIFEST}: not found; run cmake --install first")
endif()
file(STRINGS "${MANIFEST}" files)
set(dirs)
foreach(f IN LISTS files)
  set(f "$ENV{DESTDIR}${f}")
  if(EXISTS "${f}" OR IS_SYMLINK "${f}")
    message(STATUS "Removing ${f}")
    file(REMOVE "${f}")
  endif()
  get_filename_component(d "${f}" DIRECTORY)
  list(APPEND dirs "${d}")
endforeach()
# Deepest first, so share/limber/routines goes before share/limber.
list(REMOVE_DUPLICATES dirs)
foreach(d IN LISTS dirs)
  while(d MATCHES "/limber(/|$)")
    file(GLOB left "${d}/*")
    if(left OR NOT IS_DIRECTORY "${d}")
      break()
    endif()
    message(STATUS "Removing ${d}/")
    file(REMOVE_RECURSE "${d}")
    get_filename_component(d "${d}" DIRECTORY)
  endwhile()
endforeach()
