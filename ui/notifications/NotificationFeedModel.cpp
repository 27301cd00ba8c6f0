#include "notifications/NotificationFeedModel.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QStyle>

using namespace Qt::StringLiterals;
using pm::notify::Severity;

namespace pm::ui
{

NotificationFeedModel::NotificationFeedModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void NotificationFeedModel::setItems(const QList<pm::notify::FeedItem>& items)
{
    // Same rows (the usual poll): update in place so selection and scroll position stay.
    bool sameRows = items.size() == m_items.size();
    for (int i = 0; sameRows && i < items.size(); ++i) {
        sameRows = items.at(i).id == m_items.at(i).id;
    }
    if (sameRows) {
        m_items = items;
        if (!m_items.isEmpty()) {
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        }
        return;
    }
    beginResetModel();
    m_items = items;
    endResetModel();
}

const pm::notify::FeedItem* NotificationFeedModel::item(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int NotificationFeedModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int NotificationFeedModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString NotificationFeedModel::severityText(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return tr("Critical");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Info:
        return tr("Info");
    }
    return {};
}

QString NotificationFeedModel::summary(const pm::notify::FeedItem& item)
{
    QString text = item.titles.value(0);
    if (item.kind == u"digest"_s) {
        text = tr("Digest: %n item(s)", nullptr, item.events) + u" — "_s + text;
    }
    if (item.distinct > 1) {
        text += u' ' + tr("(+%n more)", nullptr, item.distinct - 1);
    }
    if (item.kind == u"repeat"_s) {
        text = tr("Still going on: %1").arg(text);
    } else if (item.kind == u"update"_s) {
        text = tr("Update: %1").arg(text);
    }
    return text;
}

QString NotificationFeedModel::subjectText(const QString& kind, const QString& id)
{
    if (kind == u"ip"_s) {
        return tr("IP #%1").arg(id);
    }
    if (kind == u"pool"_s) {
        return tr("Pool #%1").arg(id);
    }
    if (kind == u"tenant"_s) {
        return tr("Tenant #%1").arg(id);
    }
    if (kind == u"incident"_s) {
        return tr("Incident #%1").arg(id);
    }
    if (kind == u"job"_s) {
        return tr("Job #%1").arg(id);
    }
    return kind.isEmpty() ? QString() : tr("System");
}

QVariant NotificationFeedModel::data(const QModelIndex& index, int role) const
{
    const pm::notify::FeedItem* it = item(index.row());
    if (!it) {
        return {};
    }
    if (role == IdRole) {
        return it->id;
    }
    if (role == ReadRole) {
        return it->read;
    }
    if (role == Qt::FontRole && !it->read) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::DecorationRole && index.column() == SeverityColumn) {
        const QStyle* s = QApplication::style();
        switch (it->severity) {
        case Severity::Critical:
            return s->standardIcon(QStyle::SP_MessageBoxCritical);
        case Severity::Warning:
            return s->standardIcon(QStyle::SP_MessageBoxWarning);
        case Severity::Info:
            return s->standardIcon(QStyle::SP_MessageBoxInformation);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == SummaryColumn) {
        return it->titles.join(u'\n');
    }
    if (role == Qt::TextAlignmentRole && index.column() == EventsColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case SeverityColumn:
        return severityText(it->severity);
    case TimeColumn:
        return QLocale().toString(it->at.toLocalTime(), QLocale::ShortFormat);
    case SummaryColumn:
        return summary(*it);
    case EventsColumn:
        return QLocale().toString(it->events);
    case SubjectColumn:
        return subjectText(it->subjectKind, it->subjectId);
    default:
        return {};
    }
}

QVariant NotificationFeedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case TimeColumn:
        return tr("Time");
    case SummaryColumn:
        return tr("What happened");
    case EventsColumn:
        return tr("Events");
    case SubjectColumn:
        return tr("Subject");
    default:
        return {};
    }
}

} // namespace pm::ui
