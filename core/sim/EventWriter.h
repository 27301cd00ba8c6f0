#pragma once

#include "sim/SmtpReplies.h"

#include <QByteArray>
#include <QDate>

namespace pm::sim
{

/**
 * Formats delivery-event rows in PostgreSQL COPY text format, fast: the simulator writes tens of
 * millions of them, so this avoids QString and locale-aware formatting.
 */
class EventWriter final
{
public:
    /// Starts a day: rows get "YYYY-MM-DD HH:MM:SS.mmm+00" timestamps on @p day.
    void setDay(const QDate& day);
    /// Starts a cell: the tenant, IP, provider and ESP columns every row of the cell shares.
    void setCell(int tenantId, int ipId, int providerId, int espAccountId, const QByteArray& ipAddress,
                 const QByteArray& domain);

    void append(QByteArray& out, qint64 msOfDay, const char* eventType, qint64 messageId);
    void appendWithReply(QByteArray& out, qint64 msOfDay, const char* eventType, const SmtpReply& reply,
                         qint64 messageId);

    static void appendNumber(QByteArray& out, qint64 value);
    /// Writes @p value at @p p (room for 20 characters needed); returns the end.
    static char* writeNumber(char* p, qint64 value);
    /// Latest moment (ms after midnight) a row may carry; live mode keeps events out of the future.
    void setLatest(qint64 msOfDay) { m_latestMs = msOfDay; }

private:
    char* writeTimestamp(char* p, qint64 msOfDay) const;

    QByteArray m_dayPrefix;
    QByteArray m_cellColumns;
    QByteArray m_ip;
    QByteArray m_domain;
    qint64 m_latestMs = 86'399'999;
};

} // namespace pm::sim
