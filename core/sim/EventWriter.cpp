#include "sim/EventWriter.h"

#include "store/CopyStream.h"

#include <charconv>
#include <cstring>

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

char* EventWriter::writeNumber(char* p, qint64 value)
{
    return std::to_chars(p, p + 24, value).ptr;
}

// Rows are assembled in a stack buffer and appended once: appending field by field to the
// QByteArray cost more than generating the data.
char* EventWriter::writeTimestamp(char* p, qint64 ms) const
{
    ms = std::clamp<qint64>(ms, 0, m_latestMs); // an event never leaves its day (or, live, the present)
    const int hours = static_cast<int>(ms / 3'600'000);
    const int minutes = static_cast<int>(ms / 60'000 % 60);
    const int seconds = static_cast<int>(ms / 1000 % 60);
    const int millis = static_cast<int>(ms % 1000);
    std::memcpy(p, m_dayPrefix.constData(), 11);
    p += 11;
    *p++ = char('0' + hours / 10);
    *p++ = char('0' + hours % 10);
    *p++ = ':';
    *p++ = char('0' + minutes / 10);
    *p++ = char('0' + minutes % 10);
    *p++ = ':';
    *p++ = char('0' + seconds / 10);
    *p++ = char('0' + seconds % 10);
    *p++ = '.';
    *p++ = char('0' + millis / 100);
    *p++ = char('0' + millis / 10 % 10);
    *p++ = char('0' + millis % 10);
    *p++ = '+';
    *p++ = '0';
    *p++ = '0';
    return p;
}

void EventWriter::append(QByteArray& out, qint64 msOfDay, const char* eventType, qint64 messageId)
{
    char line[160];
    char* p = writeTimestamp(line, msOfDay);
    std::memcpy(p, m_cellColumns.constData(), static_cast<size_t>(m_cellColumns.size()));
    p += m_cellColumns.size();
    const size_t typeLength = std::strlen(eventType);
    std::memcpy(p, eventType, typeLength);
    p += typeLength;
    static constexpr char Nulls[] = "\t\\N\t\\N\t\\N\t\\N\t";
    std::memcpy(p, Nulls, sizeof(Nulls) - 1);
    p += sizeof(Nulls) - 1;
    p = writeNumber(p, messageId);
    *p++ = '\n';
    out.append(line, p - line);
}

void EventWriter::appendWithReply(QByteArray& out, qint64 msOfDay, const char* eventType, const SmtpReply& reply,
                                  qint64 messageId)
{
    char line[128];
    char* p = writeTimestamp(line, msOfDay);
    out.append(line, p - line);
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
