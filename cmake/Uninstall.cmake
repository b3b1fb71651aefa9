# Removes every file install_manifest.txt lists (what the last
# `cmake --install` put in place), then the folders that removal left
# empty, from the deepest up: Limber's own (share/limber, libexec/limber)
# and those three or more levels below the prefix (share/icons/hicolor/
# 16x16/apps, share/man/uk/man1), while the prefix's common folders
# (bin/, share/man/, share/applications/, lib/sysusers.d/) stay. The manifest does
# not record DESTDIR: give the same DESTDIR in the environment.
#   [DESTDIR=...] cmake -DMANIFEST=build/install_manifest.txt \
#       -P cmake/Uninstall.cmake
if(NOT EXISTS "${MANIFEST}")
  message(FATAL_ERROR "${MANIFEST}: not found; run cmake --install first")
endif()
file(STRINGS "${MANIFEST}" files)
# The prefix is where bin/limber went.
set(prefix "")
foreach(f IN LISTS files)
  # (Tested apart: a second MATCHES in the same if() clears CMAKE_MATCH_1.)
  if(NOT f MATCHES "/share/")
    if(f MATCHES "^(.*)/[^/]+/limber$")
      set(prefix "$ENV{DESTDIR}${CMAKE_MATCH_1}")
    endif()
  endif()
endforeach()

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
list(REMOVE_DUPLICATES dirs)

# A folder may go when it is empty and either three or more levels below
# the prefix (share/man/uk) or Limber's own (share/limber, libexec/limber);
# when the prefix is unknown, only Limber's own.
function(removable out dir)
  set(ok FALSE)
  if(prefix)
    string(LENGTH "${prefix}/" n)
    string(LENGTH "${dir}" len)
    if(len GREATER n)
      string(SUBSTRING "${dir}" 0 ${n} head)
      string(SUBSTRING "${dir}" ${n} -1 rest)
      if(head STREQUAL "${prefix}/" AND
         (rest MATCHES "/.*/" OR rest MATCHES "/limber$"))
        set(ok TRUE)
      endif()
    endif()
  elseif(dir MATCHES "/limber(/|$)")
    set(ok TRUE)
  endif()
  set(${out} ${ok} PARENT_SCOPE)
endfunction()

foreach(d IN LISTS dirs)
  while(IS_DIRECTORY "${d}")
    removable(ok "${d}")
    file(GLOB left "${d}/*" "${d}/.*")
    if(NOT ok OR left)
      break()
    endif()
    message(STATUS "Removing ${d}/")
    file(REMOVE "${d}")
    file(REMOVE_RECURSE "${d}")
    get_filename_component(d "${d}" DIRECTORY)
  endwhile()
endforeach()
