#pragma once

#include "store/DatabaseConnection.h"

#include <QString>

#include <memory>

class QTextStream;

namespace pm::cli
{

/**
 * Opens the database a pmctl command names (a URI, or $PM_DATABASE_URL when @p uri is empty).
 * On failure prints one line to @p err, sets @p code (usage error or failure) and returns null.
 */
std::unique_ptr<pm::store::DatabaseConnection> openDatabase(const QString& uri, QTextStream& err, int* code);

} // namespace pm::cli
