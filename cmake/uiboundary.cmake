# The core boundary seen from the screens: ui/ reaches the database only through core/storage, so
# no file under ui/ includes a Qt Sql header (<QSqlDatabase>, <QSqlQuery>, <QSqlError>, <QtSql>…).
# core/CMakeLists.txt includes this at configure time, beside its check that the core links no
# GUI library; the test tst_uiboundary runs it again with `cmake -P`, so an include added since
# the last configure fails too. Fails naming every offending file and line.
#   cmake -DNC_SOURCE_DIR=<source tree> -P cmake/uiboundary.cmake
if(NOT NC_SOURCE_DIR)
    message(FATAL_ERROR "uiboundary.cmake needs NC_SOURCE_DIR, the source tree to check")
endif()
file(GLOB_RECURSE _nc_ui_files "${NC_SOURCE_DIR}/ui/*.h" "${NC_SOURCE_DIR}/ui/*.cpp")
set(_nc_sql_include "^[ \t]*#[ \t]*include[ \t]*[<\"](QtSql/)?(QtSql|QSql[A-Za-z]*)[>\"]")
set(_nc_offenders)
foreach(_nc_file IN LISTS _nc_ui_files)
    file(STRINGS "${_nc_file}" _nc_hits REGEX "${_nc_sql_include}")
    foreach(_nc_hit IN LISTS _nc_hits)
        file(RELATIVE_PATH _nc_name "${NC_SOURCE_DIR}" "${_nc_file}")
        string(STRIP "${_nc_hit}" _nc_hit)
        list(APPEND _nc_offenders "  ${_nc_name}: ${_nc_hit}")
    endforeach()
endforeach()
if(_nc_offenders)
    list(JOIN _nc_offenders "\n" _nc_list)
    message(FATAL_ERROR "ui/ must not include Qt Sql headers; move the SQL into core/storage:\n${_nc_list}")
endif()
