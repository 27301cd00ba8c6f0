#include "audit/AuditLogModel.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>

using namespace Qt::StringLiterals;
using pm::security::AuditLogReader;
using pm::security::AuditRow;

namespace pm::ui
{

namespace
{
// Characters that change how the text around them is drawn rather than being drawn themselves:
// bidi embeddings, overrides and isolates ("report<U+202E>fdp.exe" reads "reportexe.pdf"), the
// implicit direction marks, and the line and paragraph separators that would break a cell.
bool isInvisibleControl(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C
           || c == 0x2028 || c == 0x2029;
}

QString hex(uint value, int width)
{
    return QString::number(value, 16).toUpper().rightJustified(width, u'0');
}

// The visible stand-in for one UTF-16 unit, or an empty string when it may be shown as it is.
QString escapeFor(char16_t c)
{
    switch (c) {
    case u'\n':
        return u"\\n"_s;
    case u'\r':
        return u"\\r"_s;
    case u'\t':
        return u"\\t"_s;
    default:
        break;
    }
    // C0, DEL and C1: terminal escapes (ESC [ … m) and the like.
    if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
        return u"\\x"_s + hex(c, 2);
    }
    if (isInvisibleControl(c) || QChar::isSurrogate(c)) { // a lone surrogate has no glyph either
        return u"\u27E8U+"_s + hex(c, 4) + u"\u27E9"_s;
    }
    return {};
}
} // namespace

AuditLogModel::AuditLogModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_dateTimeFormat(shortFormatWithSeconds(QLocale()))
{ }

QString AuditLogModel::cleaned(const QString& text, qsizetype limit)
{
    limit = std::max<qsizetype>(limit, 1);
    QString out;
    out.reserve(std::min(text.size(), limit) + 16);
    qsizetype cut = 0; // the last piece boundary that leaves room for the ellipsis
    bool elided = false;
    const qsizetype n = text.size();
    // Stops one piece past the limit at the latest, so a 1 MB string costs no more than a short one.
    for (qsizetype i = 0; i < n; ++i) {
        if (out.size() <= limit - 1) {
            cut = out.size();
        }
        if (out.size() > limit) {
            elided = true;
            break;
        }
        const char16_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            out += text.at(i);
            out += text.at(++i);
            continue;
        }
        const QString escape = escapeFor(c);
        if (escape.isEmpty()) {
            out += text.at(i);
        } else {
            out += escape;
        }
    }
    if (elided || out.size() > limit) {
        out.truncate(cut);
        out += u'\u2026';
    }
    return out;
}

QString AuditLogModel::kindText(const QString& kind)
{
    if (kind == u"password_reset"_s) {
        return tr("Password reset");
    }
    if (kind == u"role_change"_s) {
        return tr("Role change");
    }
    if (kind == u"data_export"_s) {
        return tr("Export");
    }
    if (kind == u"policy_change"_s) {
        return tr("Policy change");
    }
    return cleaned(kind, DisplayLimit);
}

QColor AuditLogModel::warningColor(const QPalette& palette)
{
    // Judged against the view's base colour, not the window's: that is what the text sits on.
    return palette.color(QPalette::Base).lightnessF() < 0.5f ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

QString AuditLogModel::shortFormatWithSeconds(const QLocale& locale)
{
    // The short format is what people read fastest, but audit rows often share a minute.
    QString time = locale.timeFormat(QLocale::ShortFormat);
    const qsizetype minutes = time.indexOf(u"mm"_s);
    if (!time.contains(u's') && minutes >= 0) {
        // Reuse the locale's own hour–minute separator (":" mostly, "." in some locales).
        qsizetype hours = minutes - 1;
        while (hours >= 0 && time.at(hours) != u'h' && time.at(hours) != u'H') {
            --hours;
        }
        QString separator = u":"_s;
        if (hours >= 0 && hours + 1 < minutes) {
            const QString between = time.mid(hours + 1, minutes - hours - 1);
            if (!between.contains(u'\'')) { // quoted literals ("HH 'h' mm") do not repeat well
                separator = between;
            }
        }
        time.insert(minutes + 2, QString(separator + u"ss"_s));
    }
    return locale.dateFormat(QLocale::ShortFormat) + u' ' + time;
}

QString AuditLogModel::rawText(const AuditRow& row, int column) const
{
    switch (column) {
    case SeqColumn:
        return QString::number(row.seq);
    case OperatorColumn:
        return row.actor;
    case RoleColumn:
        return row.role;
    case ActionColumn:
        return row.action;
    case KindColumn:
        return row.actionKind;
    case OutcomeColumn:
        return row.outcome;
    case ReasonColumn:
        return row.reason;
    case ScopeColumn:
        return row.scope;
    case ClientColumn:
        return row.clientHost;
    default:
        return {};
    }
}

AuditLogModel::Cells AuditLogModel::makeCells(const AuditRow& row) const
{
    Cells cells;
    cells.failure = AuditLogReader::isFailure(row.outcome);
    for (int column = 0; column < ColumnCount; ++column) {
        const QString raw = rawText(row, column);
        const auto c = static_cast<std::size_t>(column);
        cells.display[c] = cleaned(raw, DisplayLimit);
        cells.toolTip[c] = cleaned(raw, ToolTipLimit);
    }
    cells.display[TimeColumn] = QLocale().toString(row.at.toLocalTime(), m_dateTimeFormat);
    cells.toolTip[TimeColumn] = row.at.toUTC().toString(Qt::ISODateWithMs);
    cells.display[KindColumn] = kindText(row.actionKind);
    if (!row.challengeId.isEmpty()) {
        cells.toolTip[KindColumn]
            = tr("%1, step-up challenge %2").arg(cleaned(row.actionKind, DisplayLimit), cleaned(row.challengeId, 64));
    }
    return cells;
}

void AuditLogModel::setRows(const QList<AuditRow>& rows)
{
    // The log is append-only: the same sequence numbers are the same rows, so the usual poll
    // changes nothing and keeps selection and scroll position as they are.
    bool sameRows = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameRows && i < rows.size(); ++i) {
        sameRows = rows.at(i).seq == m_rows.at(i).seq;
    }
    if (sameRows) {
        return;
    }
    QList<Cells> cells;
    cells.reserve(rows.size());
    for (const AuditRow& row : rows) {
        cells << makeCells(row);
    }
    beginResetModel();
    m_rows = rows;
    m_cells = std::move(cells);
    endResetModel();
}

const AuditRow* AuditLogModel::row(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int AuditLogModel::rowOfSeq(qint64 seq) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).seq == seq) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount) {
        return {};
    }
    const Cells& cells = m_cells.at(index.row());
    const auto column = static_cast<std::size_t>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return cells.display[column];
    case Qt::ToolTipRole: {
        const QString& text = cells.toolTip[column];
        if (text.isEmpty()) {
            return {};
        }
        // Tooltips that look like HTML are rendered as HTML; escaping and wrapping the text makes
        // it always HTML, so "<img src=…>" in a reason shows as typed.
        return QString(u"<p style=\"white-space:pre-wrap\">"_s + text.toHtmlEscaped() + u"</p>"_s);
    }
    case Qt::ForegroundRole:
        return cells.failure ? QVariant::fromValue(warningColor(QGuiApplication::palette())) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == SeqColumn ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SeqRole:
        return m_rows.at(index.row()).seq;
    case FailureRole:
        return cells.failure;
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case SeqColumn:
        return tr("#");
    case TimeColumn:
        return tr("Time");
    case OperatorColumn:
        return tr("Operator");
    case RoleColumn:
        return tr("Role");
    case ActionColumn:
        return tr("Action");
    case KindColumn:
        return tr("Kind");
    case OutcomeColumn:
        return tr("Outcome");
    case ReasonColumn:
        return tr("Reason");
    case ScopeColumn:
        return tr("Scope");
    case ClientColumn:
        return tr("Client");
    default:
        return {};
    }
}

} // namespace pm::ui
