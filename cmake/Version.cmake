# The version is written in one place: debian/changelog, which debhelper
# reads for the package. CMake's project() and everything generated from
# it (--version, the man pages, the AppStream releases) take it from
# there: the version of the first entry, its date, and every entry as an
# AppStream <release> with its bullet points.
#   limber (X.Y.Z) unstable; urgency=medium
#
#     * What changed, wrapped
#       onto more lines.
#
#    -- Name <mail>  Wed, 02 Dec 2026 12:00:00 +0000
set(_limber_changelog "${CMAKE_CURRENT_LIST_DIR}/../debian/changelog")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
             "${_limber_changelog}")
file(STRINGS "${_limber_changelog}" _limber_lines)

# "Wed, 02 Dec 2026 12:00:00 +0000" -> 2026-12-02
function(_limber_rfc2822_date out text)
  if(NOT text MATCHES ", ([0-9][0-9]?) ([A-Z][a-z][a-z]) ([0-9][0-9][0-9][0-9]) ")
    message(FATAL_ERROR "debian/changelog: no date in '${text}'")
  endif()
  set(months Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec)
  list(FIND months "${CMAKE_MATCH_2}" month)
  math(EXPR month "${month} + 1")
  set(day "${CMAKE_MATCH_1}")
  set(year "${CMAKE_MATCH_3}")
  if(month LESS 10)
    set(month "0${month}")
  endif()
  string(LENGTH "${day}" len)
  if(len EQUAL 1)
    set(day "0${day}")
  endif()
  set(${out} "${year}-${month}-${day}" PARENT_SCOPE)
endfunction()

function(_limber_xml_escape out text)
  string(REPLACE "&" "&amp;" text "${text}")
  string(REPLACE "<" "&lt;" text "${text}")
  string(REPLACE ">" "&gt;" text "${text}")
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

# One bullet point, escaped, onto the current release's list. (Strings,
# never CMake lists: the text may hold semicolons.)
macro(_limber_flush_item)
  if(_item)
    _limber_xml_escape(_escaped "${_item}")
    string(APPEND _items_xml "          <li>${_escaped}</li>\n")
    set(_item "")
  endif()
endmacro()

set(LIMBER_VERSION "")
set(LIMBER_APPSTREAM_RELEASES "")
set(_version "")
set(_items_xml "")
set(_item "")
foreach(line IN LISTS _limber_lines)
  if(line MATCHES "^limber \\(([0-9]+\\.[0-9]+\\.[0-9]+)\\) ")
    set(_version "${CMAKE_MATCH_1}")
    if(NOT LIMBER_VERSION)
      set(LIMBER_VERSION "${_version}")
    endif()
  elseif(line MATCHES "^  \\* (.*)$")
    _limber_flush_item()
    set(_item "${CMAKE_MATCH_1}")
  elseif(line MATCHES "^    (.*)$" AND _item)
    set(_item "${_item} ${CMAKE_MATCH_1}")
  elseif(line MATCHES "^ -- ")
    if(NOT _version)
      message(FATAL_ERROR "debian/changelog: a trailer before any entry")
    endif()
    _limber_flush_item()
    _limber_rfc2822_date(_date "${line}")
    if(NOT LIMBER_RELEASE_DATE)
      set(LIMBER_RELEASE_DATE "${_date}")
    endif()
    string(APPEND LIMBER_APPSTREAM_RELEASES
      "    <release version=\"${_version}\" date=\"${_date}\">\n"
      "      <description>\n        <ul>\n" "${_items_xml}"
      "        </ul>\n      </description>\n    </release>\n")
    set(_version "")
    set(_items_xml "")
    set(_item "")
  endif()
endforeach()
if(NOT LIMBER_VERSION)
  message(FATAL_ERROR
    "debian/changelog: the first line is not 'limber (X.Y.Z) ...'")
endif()
# Without a trailing newline, for the template's own indentation.
string(REGEX REPLACE "\n$" "" LIMBER_APPSTREAM_RELEASES
       "${LIMBER_APPSTREAM_RELEASES}")
