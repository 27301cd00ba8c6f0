#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

typedef struct pg_conn PGconn;

namespace pm::store
{

/**
 * Streams rows into PostgreSQL with COPY … FROM STDIN (text format) on a QPSQL connection: the
 * bulk path for the simulator and the pollers, many times faster than row-by-row INSERTs. Rows are
 * buffered and handed to libpq in ~1 MiB chunks. Runs inside whatever transaction is open.
 */
class CopyStream final
{
    Q_DECLARE_TR_FUNCTIONS(CopyStream)
    Q_DISABLE_COPY_MOVE(CopyStream)

public:
    explicit CopyStream(const QSqlDatabase& db);
    ~CopyStream();

    enum class Format
    {
        Text,
        Binary, ///< rows in PostgreSQL's binary COPY layout; header and trailer are added here
    };
    /// Starts "COPY <target> FROM STDIN". @p target is e.g. "delivery_events (occurred_at, …)".
    bool begin(const QByteArray& target, QString* error, Format format = Format::Text);
    /// The buffer rows are appended to; call flushIfFull() after each row or batch.
    QByteArray& buffer() { return m_buffer; }
    bool flushIfFull(QString* error) { return m_buffer.size() < FlushBytes || flush(error); }
    /// Ends the COPY; @p rows receives the count the server reports.
    bool end(qint64* rows, QString* error);
    /// Abandons a COPY in progress (the server rolls back the statement).
    void abort(const QString& reason);
    bool isActive() const { return m_active; }

    /// Appends @p text with COPY text-format escaping (backslash, tab, newline, carriage return).
    static void appendEscaped(QByteArray& out, const QByteArray& text);

    static constexpr qsizetype FlushBytes = 1 << 20;

private:
    bool flush(QString* error);
    QString lastError() const;

    PGconn* m_conn;
    QByteArray m_buffer;
    bool m_active = false;
    Format m_format = Format::Text;
};

} // namespace pm::store
