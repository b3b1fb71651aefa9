# The version is written in one place: the first line of debian/changelog,
# which debhelper reads for the package. CMake's project() and everything
# generated from it (--version, the man pages, the AppStream release) take
# it from there, with the release date of that entry.
#   limber (X.Y.Z) unstable; urgency=medium
#    -- Name <mail>  Wed, 02 Dec 2026 12:00:00 +0000
file(STRINGS "${CMAKE_CURRENT_LIST_DIR}/../debian/changelog" _limber_head
     LIMIT_COUNT 1)
if(NOT _limber_head MATCHES "^limber \\(([0-9]+\\.[0-9]+\\.[0-9]+)\\) ")
  message(FATAL_ERROR
    "debian/changelog: the first line is not 'limber (X.Y.Z) ...'")
endif()
set(LIMBER_VERSION "${CMAKE_MATCH_1}")
file(STRINGS "${CMAKE_CURRENT_LIST_DIR}/../debian/changelog" _limber_trailer
     REGEX "^ -- " LIMIT_COUNT 1)
if(NOT _limber_trailer MATCHES
   ", ([0-9][0-9]?) ([A-Z][a-z][a-z]) ([0-9][0-9][0-9][0-9]) ")
  message(FATAL_ERROR
    "debian/changelog: the first entry has no ' -- Name <mail>  date' line")
endif()
set(_limber_months Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec)
list(FIND _limber_months "${CMAKE_MATCH_2}" _limber_month)
math(EXPR _limber_month "${_limber_month} + 1")
string(LENGTH "${CMAKE_MATCH_1}" _limber_len)
set(_limber_day "${CMAKE_MATCH_1}")
if(_limber_len EQUAL 1)
  set(_limber_day "0${_limber_day}")
endif()
if(_limber_month LESS 10)
  set(_limber_month "0${_limber_month}")
endif()
# The release date, YYYY-MM-DD (AppStream, the man pages' .TH line).
set(LIMBER_RELEASE_DATE "${CMAKE_MATCH_3}-${_limber_month}-${_limber_day}")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
             "${CMAKE_CURRENT_LIST_DIR}/../debian/changelog")
