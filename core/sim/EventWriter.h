#pragma once

#include "sim/SmtpReplies.h"

#include <QByteArray>
#include <QDate>

namespace pm::sim
{

/**
 * Formats delivery-event rows in PostgreSQL's binary COPY format: the simulator writes tens of
 * millions of them, and binary rows spare the server parsing timestamps and numbers from text
 * (the load runs about a third faster than with text rows). Column order is columns().
 */
class EventWriter final
{
public:
    /// The delivery_events column list the rows follow, for CopyStream::begin().
    static const QByteArray& columns();

    /// Starts a day: timestamps are @p day plus the milliseconds given per row.
    void setDay(const QDate& day);
    /// Starts a cell: the tenant, IP, provider and ESP columns every row of the cell shares.
    void setCell(int tenantId, int ipId, int providerId, int espAccountId, const QByteArray& ipAddress,
                 const QByteArray& domain);

    void append(QByteArray& out, qint64 msOfDay, const char* eventType, qint64 messageId);
    void appendWithReply(QByteArray& out, qint64 msOfDay, const char* eventType, const SmtpReply& reply,
                         qint64 messageId);

    /// Text helpers (rollup rows and the reference tables stay in text format).
    static void appendNumber(QByteArray& out, qint64 value);
    /// Writes @p value at @p p (room for 20 characters needed); returns the end.
    static char* writeNumber(char* p, qint64 value);
    /// Latest moment (ms after midnight) a row may carry; live mode keeps events out of the future.
    void setLatest(qint64 msOfDay) { m_latestMs = msOfDay; }

private:
    char* writeFixedColumns(char* p, qint64 msOfDay, const char* eventType) const;

    qint64 m_dayStartMicros = 0; ///< since 2000-01-01 00:00 UTC, PostgreSQL's epoch
    char m_cell[4 * 8 + 2] {};   ///< tenant, IP, provider, ESP columns, pre-encoded
    int m_cellSize = 0;
    QByteArray m_ip;
    QByteArray m_domain;
    qint64 m_latestMs = 86'399'999;
};

} // namespace pm::sim
