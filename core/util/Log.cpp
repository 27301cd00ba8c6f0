#include "util/Log.h"

#include <QDateTime>
#include <QFile>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QStringList>

#include <cstdio>

Q_LOGGING_CATEGORY(lcStore, "pm.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMigrate, "pm.migrate", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEmbedded, "pm.embedded", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "pm.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "pm.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNet, "pm.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNotify, "pm.notify", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace
{
QMutex s_mutex;
QFile* s_file = nullptr;
QStringList* s_sink = nullptr;

const char* levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const QString line = u"%1 %2 %3: %4"_s.arg(
        QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), QString::fromLatin1(levelName(type)),
        QString::fromLatin1(context.category ? context.category : "default"), pm::log::redact(message));
    const QByteArray bytes = line.toUtf8() + '\n';
    QMutexLocker lock(&s_mutex);
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
    if (s_file) {
        s_file->write(bytes);
        s_file->flush();
    }
    if (s_sink) {
        s_sink->append(line);
    }
}
} // namespace

namespace pm::log
{

void install(const QString& path)
{
    QMutexLocker lock(&s_mutex);
    if (!path.isEmpty() && !s_file) {
        auto* file = new QFile(path); // lives for the process; the handler may run during exit
        if (file->open(QIODevice::Append | QIODevice::Text)) {
            file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            s_file = file;
        } else {
            delete file;
        }
    }
    qInstallMessageHandler(handler);
}

QString logFilePath()
{
    QMutexLocker lock(&s_mutex);
    return s_file ? s_file->fileName() : QString();
}

QString redact(const QString& message)
{
    // key=value and key: value pairs whose key names a secret (libpq conninfo, query strings, JSON-ish).
    // A bare "key" counts too: Microsoft SNDS takes its key as ?key=… in the query string.
    static const QRegularExpression keyValue(
        uR"((password|passwd|pwd|secret|token|api[_-]?key|authorization|x-api-key|\bkey)(["']?\s*[=:]\s*["']?)([^\s"'&;,]+))"_s,
        QRegularExpression::CaseInsensitiveOption);
    // scheme://user:password@host
    static const QRegularExpression uriPassword(uR"(([a-z][a-z0-9+.-]*://[^/\s:@]*):([^@\s/]+)@)"_s,
                                                QRegularExpression::CaseInsensitiveOption);
    // HTTP credentials: "Bearer <token>", "Basic <base64>".
    static const QRegularExpression httpAuth(uR"(\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+)"_s);
    QString out = message;
    out.replace(httpAuth, u"\\1 ***"_s);
    out.replace(keyValue, u"\\1\\2***"_s);
    out.replace(uriPassword, u"\\1:***@"_s);
    return out;
}

void setCaptureSink(QStringList* sink)
{
    QMutexLocker lock(&s_mutex);
    s_sink = sink;
}

} // namespace pm::log
