#pragma once

#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcMigrate)
Q_DECLARE_LOGGING_CATEGORY(lcEmbedded)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcNotify)

namespace pm::log
{

/**
 * Installs the process-wide message handler: every message is passed through redact() and written
 * to stderr and, when @p logFilePath is not empty, appended to that file. Safe to call once per process.
 */
void install(const QString& logFilePath = {});

/// The file the handler writes to, or an empty string.
QString logFilePath();

/**
 * Removes secrets that may slip into a message despite our care: passwords in libpq connection
 * strings and URIs, and values of keys that name a secret (password, token, secret, api_key …).
 * A second line of defence; code must still never log a secret on purpose.
 */
QString redact(const QString& message);

/// Test seam: when set, every formatted message is also appended to @p sink (thread-safe).
void setCaptureSink(QStringList* sink);

} // namespace pm::log
