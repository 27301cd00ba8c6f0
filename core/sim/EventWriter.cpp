#include "sim/EventWriter.h"

#include <QDateTime>
#include <QtEndian>

#include <charconv>
#include <cstring>

namespace pm::sim
{

namespace
{
constexpr qint16 ColumnCount = 11;
constexpr qint64 PostgresEpochMs = 946'684'800'000; // 2000-01-01T00:00:00Z

template <typename T>
char* put(char* p, T value)
{
    qToBigEndian(value, p);
    return p + sizeof(T);
}

// A field: its length, then its bytes.
template <typename T>
char* field(char* p, T value)
{
    p = put<qint32>(p, static_cast<qint32>(sizeof(T)));
    return put<T>(p, value);
}

char* textField(char* p, const char* text, size_t length)
{
    p = put<qint32>(p, static_cast<qint32>(length));
    std::memcpy(p, text, length);
    return p + length;
}

char* nullField(char* p)
{
    return put<qint32>(p, -1);
}
} // namespace

const QByteArray& EventWriter::columns()
{
    static const QByteArray c = "delivery_events (occurred_at, tenant_id, ip_id, mailbox_provider_id, esp_account_id, "
                                "event_type, bounce_class, smtp_code, enhanced_code, diagnostic, message_id)";
    return c;
}

void EventWriter::setDay(const QDate& day)
{
    m_dayStartMicros = (QDateTime(day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() - PostgresEpochMs) * 1000;
}

void EventWriter::setCell(int tenantId, int ipId, int providerId, int espAccountId, const QByteArray& ipAddress,
                          const QByteArray& domain)
{
    char* p = m_cell;
    p = field<qint32>(p, tenantId);
    p = field<qint32>(p, ipId);
    p = field<qint16>(p, static_cast<qint16>(providerId));
    p = field<qint32>(p, espAccountId);
    m_cellSize = static_cast<int>(p - m_cell);
    m_ip = ipAddress;
    m_domain = domain;
}

char* EventWriter::writeFixedColumns(char* p, qint64 ms, const char* eventType) const
{
    ms = std::clamp<qint64>(ms, 0, m_latestMs); // an event never leaves its day (or, live, the present)
    p = put<qint16>(p, ColumnCount);
    p = field<qint64>(p, m_dayStartMicros + ms * 1000);
    std::memcpy(p, m_cell, static_cast<size_t>(m_cellSize));
    p += m_cellSize;
    return textField(p, eventType, std::strlen(eventType));
}

void EventWriter::append(QByteArray& out, qint64 msOfDay, const char* eventType, qint64 messageId)
{
    char row[128];
    char* p = writeFixedColumns(row, msOfDay, eventType);
    for (int i = 0; i < 4; ++i) {
        p = nullField(p); // bounce class, SMTP code, enhanced code, diagnostic
    }
    p = field<qint64>(p, messageId);
    out.append(row, p - row);
}

void EventWriter::appendWithReply(QByteArray& out, qint64 msOfDay, const char* eventType, const SmtpReply& reply,
                                  qint64 messageId)
{
    const QByteArray diagnostic = renderReply(reply, m_ip, m_domain);
    char row[128];
    char* p = writeFixedColumns(row, msOfDay, eventType);
    p = textField(p, reply.bounceClass, std::strlen(reply.bounceClass));
    p = field<qint16>(p, static_cast<qint16>(reply.code));
    p = textField(p, reply.enhanced, std::strlen(reply.enhanced));
    p = put<qint32>(p, static_cast<qint32>(diagnostic.size()));
    out.append(row, p - row);
    out.append(diagnostic);
    p = row;
    p = field<qint64>(p, messageId);
    out.append(row, p - row);
}

void EventWriter::appendNumber(QByteArray& out, qint64 value)
{
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof(digits), value);
    out.append(digits, result.ptr - digits);
}

char* EventWriter::writeNumber(char* p, qint64 value)
{
    return std::to_chars(p, p + 24, value).ptr;
}

} // namespace pm::sim
