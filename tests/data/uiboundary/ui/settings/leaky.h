#pragma once

// A screen that reaches for the database itself: tst_uiboundary_catches expects
// cmake/uiboundary.cmake to refuse this file by name.
#include <QSqlQuery>
