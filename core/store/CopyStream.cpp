#include "store/CopyStream.h"

#include "store/PgHandle.h"

#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace pm::store
{

CopyStream::CopyStream(const QSqlDatabase& db)
    : m_conn(pgConnection(db))
{
    m_buffer.reserve(FlushBytes + 64 * 1024);
}

CopyStream::~CopyStream()
{
    if (m_active) {
        abort(u"copy stream destroyed before end()"_s);
    }
}

QString CopyStream::lastError() const
{
    return m_conn ? QString::fromUtf8(PQerrorMessage(m_conn)).simplified() : tr("no PostgreSQL connection");
}

bool CopyStream::begin(const QByteArray& target, QString* error, Format format)
{
    if (!m_conn) {
        *error = tr("COPY needs an open PostgreSQL (QPSQL) connection.");
        return false;
    }
    const QByteArray options = format == Format::Binary ? " WITH (FORMAT binary)" : "";
    PGresult* result = PQexec(m_conn, QByteArray("COPY " + target + " FROM STDIN" + options).constData());
    const bool ok = PQresultStatus(result) == PGRES_COPY_IN;
    if (!ok) {
        *error = tr("COPY into %1 could not start: %2")
                     .arg(QString::fromUtf8(target.left(40)),
                          QString::fromUtf8(PQresultErrorMessage(result)).simplified());
    }
    PQclear(result);
    m_active = ok;
    m_format = format;
    m_buffer.clear();
    if (ok && format == Format::Binary) {
        // Signature, flags (none), header extension length (none).
        static const char header[]
            = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', '\377', '\r', '\n', '\0', 0, 0, 0, 0, 0, 0, 0, 0};
        m_buffer.append(header, sizeof(header));
    }
    return ok;
}

bool CopyStream::flush(QString* error)
{
    if (m_buffer.isEmpty()) {
        return true;
    }
    if (PQputCopyData(m_conn, m_buffer.constData(), static_cast<int>(m_buffer.size())) != 1) {
        *error = tr("Sending COPY data failed: %1").arg(lastError());
        return false;
    }
    m_buffer.clear();
    return true;
}

bool CopyStream::end(qint64* rows, QString* error)
{
    if (!m_active) {
        *error = tr("COPY was not started.");
        return false;
    }
    m_active = false;
    if (m_format == Format::Binary) {
        m_buffer.append("\xff\xff", 2); // the trailer: a field count of -1
    }
    if (!flush(error)) {
        PQputCopyEnd(m_conn, "client failed to send data");
        while (PGresult* r = PQgetResult(m_conn)) {
            PQclear(r);
        }
        return false;
    }
    if (PQputCopyEnd(m_conn, nullptr) != 1) {
        *error = tr("Ending COPY failed: %1").arg(lastError());
        return false;
    }
    bool ok = true;
    while (PGresult* result = PQgetResult(m_conn)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK) {
            ok = false;
            const QString message = QString::fromUtf8(PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY));
            const QString context = QString::fromUtf8(PQresultErrorField(result, PG_DIAG_CONTEXT)).simplified();
            *error = context.isEmpty() ? message : u"%1 (%2)"_s.arg(message, context.left(200));
        } else if (rows) {
            *rows = QByteArray(PQcmdTuples(result)).toLongLong();
        }
        PQclear(result);
    }
    return ok;
}

void CopyStream::abort(const QString& reason)
{
    if (!m_active) {
        return;
    }
    m_active = false;
    PQputCopyEnd(m_conn, reason.toUtf8().constData());
    while (PGresult* r = PQgetResult(m_conn)) {
        PQclear(r);
    }
    m_buffer.clear();
}

void CopyStream::appendEscaped(QByteArray& out, const QByteArray& text)
{
    for (const char c : text) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
}

} // namespace pm::store
