#include "sim/EventWriter.h"

#include "store/CopyStream.h"

#include <charconv>

namespace pm::sim
{

void EventWriter::setDay(const QDate& day)
{
    m_dayPrefix = day.toString(Qt::ISODate).toLatin1() + ' ';
}

void EventWriter::setCell(int tenantId, int ipId, int providerId, int espAccountId, const QByteArray& ipAddress,
                          const QByteArray& domain)
{
    m_cellColumns.clear();
    m_cellColumns += '\t';
    appendNumber(m_cellColumns, tenantId);
    m_cellColumns += '\t';
    appendNumber(m_cellColumns, ipId);
    m_cellColumns += '\t';
    appendNumber(m_cellColumns, providerId);
    m_cellColumns += '\t';
    appendNumber(m_cellColumns, espAccountId);
    m_cellColumns += '\t';
    m_ip = ipAddress;
    m_domain = domain;
}

void EventWriter::appendNumber(QByteArray& out, qint64 value)
{
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof(digits), value);
    out.append(digits, result.ptr - digits);
}

void EventWriter::appendTimestamp(QByteArray& out, qint64 ms) const
{
    ms = std::clamp<qint64>(ms, 0, m_latestMs); // an event never leaves its day (or, live, the present)
    const int hours = static_cast<int>(ms / 3'600'000);
    const int minutes = static_cast<int>(ms / 60'000 % 60);
    const int seconds = static_cast<int>(ms / 1000 % 60);
    const int millis = static_cast<int>(ms % 1000);
    char text[16] = {char('0' + hours / 10),
                     char('0' + hours % 10),
                     ':',
                     char('0' + minutes / 10),
                     char('0' + minutes % 10),
                     ':',
                     char('0' + seconds / 10),
                     char('0' + seconds % 10),
                     '.',
                     char('0' + millis / 100),
                     char('0' + millis / 10 % 10),
                     char('0' + millis % 10),
                     '+',
                     '0',
                     '0',
                     0};
    out += m_dayPrefix;
    out.append(text, 15);
}

void EventWriter::append(QByteArray& out, qint64 msOfDay, const char* eventType, qint64 messageId)
{
    appendTimestamp(out, msOfDay);
    out += m_cellColumns;
    out += eventType;
    out += "\t\\N\t\\N\t\\N\t\\N\t";
    appendNumber(out, messageId);
    out += '\n';
}

void EventWriter::appendWithReply(QByteArray& out, qint64 msOfDay, const char* eventType, const SmtpReply& reply,
                                  qint64 messageId)
{
    appendTimestamp(out, msOfDay);
    out += m_cellColumns;
    out += eventType;
    out += '\t';
    out += reply.bounceClass;
    out += '\t';
    appendNumber(out, reply.code);
    out += '\t';
    out += reply.enhanced;
    out += '\t';
    pm::store::CopyStream::appendEscaped(out, renderReply(reply, m_ip, m_domain));
    out += '\t';
    appendNumber(out, messageId);
    out += '\n';
}

} // namespace pm::sim
